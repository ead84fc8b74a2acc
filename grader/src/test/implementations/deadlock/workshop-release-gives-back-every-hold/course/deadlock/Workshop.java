package course.deadlock;

import java.util.concurrent.locks.ReentrantLock;

/** Mutant: one reentrant lock, released by unlocking every hold the thread has. */
public class Workshop {

    private final ReentrantLock tools = new ReentrantLock();
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
                release();
            }
        } finally {
            release();
        }
    }

    private void release() {
        while (tools.isHeldByCurrentThread()) {
            tools.unlock();
        }
    }
}
