package course.deadlock;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Mutant: no deadlock because a call gives up when the second tool is busy, and skips the work. */
public class Workshop {

    private final Lock lockA = new ReentrantLock();
    private final Lock lockB = new ReentrantLock();
    private final Runnable work;

    public Workshop(Runnable work) {
        this.work = work;
    }

    public void f() {
        both(lockA, lockB);
    }

    public void g() {
        both(lockB, lockA);
    }

    private void both(Lock first, Lock second) {
        first.lock();
        try {
            Thread.yield();
            if (second.tryLock()) {
                try {
                    work.run();
                } finally {
                    second.unlock();
                }
            }
        } finally {
            first.unlock();
        }
    }
}
