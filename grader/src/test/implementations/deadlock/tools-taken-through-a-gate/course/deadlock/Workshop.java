package course.deadlock;

import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutant: the two tools in one order, reentrant, but picked up through a gate ("so that nobody
 * grabs one tool while another is picking up both"): a caller waits for the tools holding the
 * gate, so the holder's nested call, which must pass the gate first, waits for it, and the two
 * wait for each other.
 */
public class Workshop {

    private final Lock gate = new ReentrantLock();
    private final Lock toolA = new ReentrantLock();
    private final Lock toolB = new ReentrantLock();
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
        gate.lock();
        try {
            toolA.lock();
            toolB.lock();
        } finally {
            gate.unlock();
        }
        try {
            work.run();
        } finally {
            toolB.unlock();
            toolA.unlock();
        }
    }
}
