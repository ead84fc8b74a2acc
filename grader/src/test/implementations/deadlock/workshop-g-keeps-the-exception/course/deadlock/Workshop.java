package course.deadlock;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Mutant: g() catches the exception its work throws, so the caller never learns the work failed. */
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
        try {
            useBothTools();
        } catch (RuntimeException failed) {
            // the work failed; the locks are free, and the caller goes on as if it had not
        }
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
