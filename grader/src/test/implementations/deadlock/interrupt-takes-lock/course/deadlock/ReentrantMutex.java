package course.deadlock;

/** Mutant: an interrupt ends the wait loop, and the thread takes the lock anyway. */
public class ReentrantMutex {

    private Thread owner;
    private int holds;

    public synchronized void lock() {
        Thread me = Thread.currentThread();
        try {
            while (owner != null && owner != me) {
                wait();
            }
        } catch (InterruptedException e) {
            me.interrupt();
        }
        owner = me;
        holds++;
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
