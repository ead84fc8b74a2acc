package course.deadlock;

/** A correct alternative: one waiter woken per release, the interrupt restored outside the monitor. */
public class ReentrantMutex {

    private Thread owner;
    private int holds;

    public void lock() {
        Thread me = Thread.currentThread();
        boolean interrupted = false;
        synchronized (this) {
            while (!takenBy(me)) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            me.interrupt();
        }
    }

    /** Takes one hold for {@code me} if the lock is free or already its own. */
    private boolean takenBy(Thread me) {
        if (owner == null) {
            owner = me;
        }
        if (owner != me) {
            return false;
        }
        holds++;
        return true;
    }

    public synchronized void unlock() {
        if (owner != Thread.currentThread()) {
            throw new IllegalMonitorStateException(Thread.currentThread().getName() + " does not hold the lock");
        }
        if (--holds == 0) {
            owner = null;
            notify();
        }
    }

    public synchronized int holdCount() {
        return owner == Thread.currentThread() ? holds : 0;
    }
}
