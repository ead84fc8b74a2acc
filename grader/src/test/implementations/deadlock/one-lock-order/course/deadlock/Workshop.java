package course.deadlock;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** A correct alternative: both operations take lock A before lock B, so no cycle can form. */
public class Workshop {

    private final Lock first = new ReentrantLock();
    private final Lock second = new ReentrantLock();
    private final Runnable work;

    public Workshop(Runnable work) {
        this.work = work;
    }

    public void f() {
        inOrder();
    }

    public void g() {
        inOrder();
    }

    private void inOrder() {
        first.lock();
        try {
            second.lock();
            try {
                work.run();
            } finally {
                second.unlock();
            }
        } finally {
            first.unlock();
        }
    }
}
