package course.deadlock;

/** Mutant: the interrupt is remembered in a field shared by every caller, so whoever locks next inherits it. */
public class ReentrantMutex {

    private Thread owner;
    private int holds;
    private boolean interrupted;

    public synchronized void lock() {
        Thread me = Thread.currentThread();
        while (owner != null && owner != me) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        owner = me;
        holds++;
        if (interrupted) {
            interrupted = false;
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
            notifyAll();
        }
    }

    public synchronized int holdCount() {
        return owner == Thread.currentThread() ? holds : 0;
    }
}
