package course.deadlock;

/** Mutant: "already locked, so this is a re-entry": any thread that finds the lock taken counts up and walks in. */
public class ReentrantMutex {

    private Thread owner;
    private int holds;

    public synchronized void lock() {
        if (holds > 0) {
            holds++;
            return;
        }
        boolean interrupted = false;
        while (owner != null) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        owner = Thread.currentThread();
        holds = 1;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized void unlock() {
        if (holds == 0) {
            throw new IllegalMonitorStateException("not locked");
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
