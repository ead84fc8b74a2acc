package course.deadlock;

/**
 * Mutant: the count of waiters, kept to skip a needless notifyAll(), is raised once per call of
 * lock() but lowered at every wake-up, so a waiter that wakes, loses the lock to a barging thread
 * and waits again is no longer counted.
 */
public class ReentrantMutex {

    private Thread owner;
    private int holds;
    private int waiting;

    public synchronized void lock() {
        Thread me = Thread.currentThread();
        boolean interrupted = false;
        if (owner != null && owner != me) {
            waiting++;
        }
        while (owner != null && owner != me) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
            waiting--;
        }
        owner = me;
        holds++;
        if (interrupted) {
            me.interrupt();
        }
    }

    public synchronized void unlock() {
        if (owner != Thread.currentThread()) {
            throw new IllegalMonitorStateException("unlock by a thread that does not hold the lock");
        }
        holds--;
        if (holds == 0) {
            owner = null;
            if (waiting > 0) {
                notifyAll();
            }
        }
    }

    public synchronized int holdCount() {
        return owner == Thread.currentThread() ? holds : 0;
    }
}
