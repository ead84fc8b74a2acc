package course.deadlock;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Reference solution: the two tools are one reentrant lock, as in the notes' fix. {@code f()} and
 * {@code g()} still take "both tools" — the same lock twice — which a reentrant lock allows.
 */
public class Workshop {

    private final Lock tools = new ReentrantLock();
    private final Runnable work;

    public Workshop(Runnable work) {
        this.work = work;
    }

    public void f() {
        useBothTools();
    }

    public void g() {
        useBothTools();
    }

    private void useBothTools() {
        tools.lock();
        try {
            Thread.yield();
            tools.lock();
            try {
                work.run();
            } finally {
                tools.unlock();
            }
        } finally {
            tools.unlock();
        }
    }
}
