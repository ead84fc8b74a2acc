package course.deadlock;

/**
 * unlock() wakes nobody: waiters poll every 25 ms with a timed wait(). The notifyAll() in
 * holdCount() and the wait() in lock() that never runs are decoys for the architecture rule.
 */
public class ReentrantMutex {
    private Thread owner;
    private int holds;

    public synchronized void lock() {
        Thread me = Thread.currentThread();
        boolean interrupted = false;
        while (owner != null && owner != me) {
            try {
                if (holds < 0) {
                    wait(); // a decoy: holds is never negative
                }
                wait(25);
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        owner = me;
        holds++;
        if (interrupted) {
            me.interrupt();
        }
    }

    public synchronized void unlock() {
        if (owner != Thread.currentThread()) {
            throw new IllegalMonitorStateException("not the owner");
        }
        if (--holds == 0) {
            owner = null;
        }
    }

    public synchronized int holdCount() {
        notifyAll();
        return owner == Thread.currentThread() ? holds : 0;
    }
}
