package course.deadlock;

/** Mutant: reentrant for the owner, but no hold count: the first unlock frees the lock. */
public class ReentrantMutex {

    private Thread owner;

    public synchronized void lock() {
        while (owner != null && owner != Thread.currentThread()) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        owner = Thread.currentThread();
    }

    public synchronized void unlock() {
        if (owner != Thread.currentThread()) {
            throw new IllegalMonitorStateException();
        }
        owner = null;
        notifyAll();
    }

    public synchronized int holdCount() {
        return owner == Thread.currentThread() ? 1 : 0;
    }
}
