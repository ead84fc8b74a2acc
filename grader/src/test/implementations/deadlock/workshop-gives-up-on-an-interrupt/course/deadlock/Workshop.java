package course.deadlock;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutant: an interrupted caller returns without the work done.
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
        try {
            tools.lockInterruptibly();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return;
        }
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
