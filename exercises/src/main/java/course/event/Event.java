package course.event;

import java.time.Duration;

/**
 * A flag that threads can wait for: {@code set()} raises it and wakes every waiting thread,
 * {@code clear()} lowers it. Build it on a {@link java.util.concurrent.locks.ReentrantLock} and one
 * of its {@link java.util.concurrent.locks.Condition}s (or on a monitor with {@code wait} and
 * {@code notifyAll}); never by looping on the flag.
 *
 * <p>Keep the public methods as they are: the grader calls them.
 */
public class Event {

    // TODO: the lock, its condition, the flag, and a count of set() calls (the generation).

    /** Raises the flag and wakes every thread waiting in {@link #await}. */
    public void set() {
        // TODO
        throw new UnsupportedOperationException("TODO: Event.set");
    }

    /** Lowers the flag; threads that call {@link #await} from now on wait for the next {@code set()}. */
    public void clear() {
        // TODO
        throw new UnsupportedOperationException("TODO: Event.clear");
    }

    /** Whether the flag is raised. */
    public boolean isSet() {
        // TODO
        throw new UnsupportedOperationException("TODO: Event.isSet");
    }

    /**
     * Returns at once if the flag is raised; otherwise waits until {@code set()} has been called —
     * and returns then even if {@code clear()} followed at once.
     */
    public void await() throws InterruptedException {
        // TODO: under the lock, while the flag is down and no set() happened since arriving: await the condition.
        throw new UnsupportedOperationException("TODO: Event.await");
    }

    /**
     * Like {@link #await()}, but gives up after {@code timeout}.
     *
     * @return true if the event was set (before or while waiting), false if the time ran out
     */
    public boolean await(Duration timeout) throws InterruptedException {
        // TODO: as await(), with awaitNanos and the time left.
        throw new UnsupportedOperationException("TODO: Event.await(Duration)");
    }
}
