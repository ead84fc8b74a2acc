package course.deadlock;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong: the two tools are one reentrant lock, as in the notes' fix, but a static one: every
 * workshop shares it, so one workshop's work that needs another workshop's call deadlocks.
 */
public class Workshop {

    private static final Lock TOOLS = new ReentrantLock();
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
        TOOLS.lock();
        try {
            Thread.yield();
            TOOLS.lock();
            try {
                work.run();
            } finally {
                TOOLS.unlock();
            }
        } finally {
            TOOLS.unlock();
        }
    }
}
