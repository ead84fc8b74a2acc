package course.deadlock;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutant: the tools are given back after the work, not in finally.
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
        Thread.yield();
        tools.lock();
        work.run();
        tools.unlock();
        tools.unlock();
    }
}
