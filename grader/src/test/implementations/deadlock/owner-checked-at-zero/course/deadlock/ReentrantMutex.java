package course.deadlock;

/** Mutant: "is it locked?" is checked first; the owner only where the lock would be given up, after counting down. */
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
        if (holds == 0) {
            throw new IllegalMonitorStateException("not locked");
        }
        holds--;
        if (holds == 0) {
            if (owner != Thread.currentThread()) {
                holds++;
                throw new IllegalMonitorStateException("unlock by a thread that does not hold the lock");
            }
            owner = null;
            notifyAll();
        }
    }

    public synchronized int holdCount() {
        return owner == Thread.currentThread() ? holds : 0;
    }
}
