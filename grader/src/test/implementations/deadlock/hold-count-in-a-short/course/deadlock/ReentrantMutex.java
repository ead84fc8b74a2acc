package course.deadlock;

/** Mutant: the reference, with the hold count in a short. */
public class ReentrantMutex {

    private Thread owner;
    private short holds;

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
