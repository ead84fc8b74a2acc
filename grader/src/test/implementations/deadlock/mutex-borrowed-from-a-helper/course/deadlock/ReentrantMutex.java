package course.deadlock;

/**
 * Mutant: no monitor mutex at all: every call goes to the JDK's ReentrantLock, held by a
 * helper class of the package (mutex-on-a-monitor reads only ReentrantMutex's own accesses for
 * java.util.concurrent). The wait() and notifyAll() are decoys in branches that never run.
 */
public class ReentrantMutex {

    private final Borrowed borrowed = new Borrowed();
    private int never;

    public void lock() {
        borrowed.lock();
        if (never < 0) {
            synchronized (this) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    public void unlock() {
        borrowed.unlock();
        if (never < 0) {
            synchronized (this) {
                notifyAll();
            }
        }
    }

    public int holdCount() {
        return borrowed.holds();
    }
}
