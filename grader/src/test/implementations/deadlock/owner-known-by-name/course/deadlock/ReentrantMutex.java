package course.deadlock;

/**
 * Mutant: The mutex remembers its owner by the thread's name: threads that share a name (a pool's,
 * virtual threads) all count as the owner, and walk in together.
 */
public class ReentrantMutex {

    private String owner; // the owner's name
    private int holds;

    public synchronized void lock() {
        String me = Thread.currentThread().getName();
        boolean interrupted = false;
        while (owner != null && !owner.equals(me)) {
            try {
                wait();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        owner = me;
        holds++;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized void unlock() {
        if (!Thread.currentThread().getName().equals(owner)) {
            throw new IllegalMonitorStateException("unlock by a thread that does not hold the lock");
        }
        holds--;
        if (holds == 0) {
            owner = null;
            notifyAll();
        }
    }

    public synchronized int holdCount() {
        return Thread.currentThread().getName().equals(owner) ? holds : 0;
    }
}
