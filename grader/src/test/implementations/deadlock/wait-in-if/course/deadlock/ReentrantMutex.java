package course.deadlock;

/** Mutant: wait() in an if, not a while: a woken thread does not look again whether the lock is free. */
public class ReentrantMutex {

    private Thread owner;
    private int holds;

    public synchronized void lock() {
        Thread me = Thread.currentThread();
        boolean interrupted = false;
        if (owner != null && owner != me) {
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
