package course.deadlock;

/** Mutant: unlock() trusts its caller. */
public class ReentrantMutex {

    private Thread owner;
    private int holds;

    public synchronized void lock() {
        Thread me = Thread.currentThread();
        boolean interrupted = false;
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
            me.interrupt();
        }
    }

    public synchronized void unlock() {
        holds--;
        if (holds <= 0) {
            holds = 0;
            owner = null;
            notifyAll();
        }
    }

    public synchronized int holdCount() {
        return owner == Thread.currentThread() ? holds : 0;
    }
}
