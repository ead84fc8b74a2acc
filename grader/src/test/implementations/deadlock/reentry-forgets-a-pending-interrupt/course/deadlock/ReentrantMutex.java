package course.deadlock;

/** Wrong: the reference, but lock() takes the interrupt status up front and gives it back only after waiting. */
public class ReentrantMutex {

    private Thread owner;
    private int holds;

    public synchronized void lock() {
        Thread me = Thread.currentThread();
        // Take the interrupt up front, so that wait() cannot throw for an old one; give it back below.
        boolean interrupted = Thread.interrupted();
        if (owner == me) {
            holds++;
            return;
        }
        while (owner != null) {
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
