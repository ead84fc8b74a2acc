package course.deadlock;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Mutant: one reentrant lock, given back after the work or in a catch of RuntimeException, not in finally. */
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
        tools.lock();
        try {
            work.run();
        } catch (RuntimeException failed) {
            tools.unlock();
            tools.unlock();
            throw failed;
        }
        tools.unlock();
        tools.unlock();
    }
}
