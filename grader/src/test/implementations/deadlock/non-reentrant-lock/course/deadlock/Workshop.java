package course.deadlock;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.StampedLock;

/** Mutant: one lock for both tools, but StampedLock's write lock is not reentrant. */
public class Workshop {

    private final Lock tools = new StampedLock().asWriteLock();
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
