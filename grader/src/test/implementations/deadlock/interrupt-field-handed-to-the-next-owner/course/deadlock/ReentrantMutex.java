package course.deadlock;

/**
 * Mutant: a waiter's interrupt is kept in a field and given back by whichever thread next takes the
 * free lock; re-entry does not look at it, so the owner locking again sees nothing wrong.
 */
public class ReentrantMutex {

    private Thread owner;
    private int holds;
    private boolean interruptedWhileWaiting;

    public synchronized void lock() {
        Thread me = Thread.currentThread();
        if (owner == me) {
            holds++;
            return;
        }
        while (owner != null) {
            try {
                wait();
            } catch (InterruptedException e) {
                interruptedWhileWaiting = true;
            }
        }
        owner = me;
        holds = 1;
        if (interruptedWhileWaiting) {
            interruptedWhileWaiting = false;
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
