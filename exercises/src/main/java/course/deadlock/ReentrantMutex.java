package course.deadlock;

/**
 * A reentrant mutual-exclusion lock built on a plain Java monitor: your own small
 * {@link java.util.concurrent.locks.ReentrantLock}.
 *
 * <p>It remembers its <em>owner</em> (the thread holding it, or none) and a <em>hold count</em>
 * (how many times the owner has locked it without unlocking — tens of thousands of times, if it
 * likes: count in an {@code int}). {@link #lock()} by the owner only
 * counts up; by another thread it waits — in {@code wait()} on the monitor, never in a spin loop —
 * until the lock is free. {@link #unlock()} counts down, and only when the count reaches zero is the
 * lock free and waiting threads woken ({@code notifyAll()}).
 *
 * <p>Use {@code synchronized}, {@code wait()} and {@code notifyAll()} only: nothing from
 * {@code java.util.concurrent}.
 */
public class ReentrantMutex {

    // TODO: the owner (a Thread, or null) and the hold count, guarded by this object's monitor.

    /**
     * Takes the lock, waiting while another thread holds it; the owner may take it again. An
     * interrupted waiter keeps waiting, takes nothing from the owner, and returns holding the lock
     * with its interrupt status set; a thread already interrupted when it calls lock() keeps that
     * status too (lock() never clears it). The interrupt belongs to the thread that was interrupted:
     * remember it in a local variable of that call, not in a field every caller shares, or the next
     * thread to lock is handed it. The owner is the {@code Thread} itself, not its name:
     * the threads of a pool, or virtual threads, may all have the same name.
     */
    public void lock() {
        // TODO: synchronized; while another thread owns it, wait() (remember an interrupt in a local variable); then become
        //  owner, count up, and restore a remembered interrupt.
        throw new UnsupportedOperationException("TODO: ReentrantMutex.lock");
    }

    /**
     * Gives back one hold; the lock is free once every {@code lock()} has been matched.
     *
     * @throws IllegalMonitorStateException if the calling thread does not hold the lock — it never
     *                                      locked it, or has already unlocked it as often as it locked
     *                                      it — and then changes nothing: the owner keeps its holds
     */
    public void unlock() {
        // TODO: synchronized; check the owner before anything else; count down; at zero, clear the owner
        //  and notifyAll().
        throw new UnsupportedOperationException("TODO: ReentrantMutex.unlock");
    }

    /** How many times the calling thread holds the lock (0 if it does not hold it). */
    public int holdCount() {
        // TODO
        throw new UnsupportedOperationException("TODO: ReentrantMutex.holdCount");
    }
}
