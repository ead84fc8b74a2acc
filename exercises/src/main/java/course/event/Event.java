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

    /**
     * Raises the flag and wakes every thread waiting in {@link #await}. It waits for nothing but
     * the lock: a caller whose interrupt status is set still sets the flag, and keeps its status
     * (so does {@link #clear()}).
     */
    public void set() {
        // TODO
        throw new UnsupportedOperationException("TODO: Event.set");
    }

    /**
     * Lowers the flag; threads that call {@link #await} from now on wait for the next {@code set()}.
     * Write it under the lock (or make the field {@code volatile}), as {@code set()} does: a plain
     * write outside the lock is not ordered before what this thread does next, so another thread it
     * then tells "cleared" may still see {@code isSet()} true, and walk through {@code await()}.
     */
    public void clear() {
        // TODO
        throw new UnsupportedOperationException("TODO: Event.clear");
    }

    /**
     * Whether the flag is raised, as last set or cleared by any thread. Read it under the lock (or
     * make the field {@code volatile}): a plain read of a field another thread writes may never see
     * the new value — the JIT may keep it in a register for the whole of a caller's loop.
     */
    public boolean isSet() {
        // TODO
        throw new UnsupportedOperationException("TODO: Event.isSet");
    }

    /**
     * Returns at once if the flag is raised; otherwise waits until {@code set()} has been called —
     * and returns then even if {@code clear()} followed at once. A thread that arrives after a
     * {@code set()} and a {@code clear()} waits for the next {@code set()}.
     *
     * <p>Check and wait under the same lock, in a {@code while} loop: a waiter can be woken by
     * something that is not a {@code set()} ({@code Condition.await} and {@code Object.wait} may
     * return <em>spuriously</em>), and must then look again and wait on. Keep the generation you
     * arrived in in a local variable: it belongs to this waiter alone. Release the lock in a
     * {@code finally} block, or a waiter that leaves with an exception keeps it for ever.
     *
     * @throws InterruptedException if interrupted while waiting: the event is unchanged. Let it
     *         propagate; do not catch it inside the loop and wait again, nor return as if set.
     *         An interrupt that comes together with a {@code set()} may end the wait either way:
     *         with this exception, or normally — but then with the thread's interrupt status still
     *         set, so that the caller sees it (code that catches the exception and returns calls
     *         {@code Thread.currentThread().interrupt()} first)
     */
    public void await() throws InterruptedException {
        // TODO: under the lock, while the flag is down and no set() happened since arriving: await the condition.
        throw new UnsupportedOperationException("TODO: Event.await");
    }

    /**
     * Like {@link #await()}, but gives up after {@code timeout}; a timeout of zero (or less) only
     * looks. Wait for the time left, not the whole timeout again after each wake-up:
     * {@code nanos = condition.awaitNanos(nanos)} in the loop, giving up once {@code nanos <= 0}.
     * Counting in whole milliseconds rounds a small rest down to 0, and {@code wait(0)} waits for
     * ever.
     * Any timeout up to {@code Duration.ofNanos(Long.MAX_VALUE)} (about 292 years, which a caller may
     * pass to mean "as long as it takes") waits that long: a deadline taken as
     * {@code System.nanoTime() + nanos} then overflows and comes out negative, so compare
     * {@code nanoTime} values by subtraction only ({@code deadline - System.nanoTime() > 0}), never
     * with {@code <} or {@code >=} — or keep the time left, as {@code awaitNanos} does.
     *
     * @return true if a {@code set()} happened before or while waiting (even if {@code clear()}
     *         followed), false if the time ran out
     * @throws InterruptedException if interrupted while waiting, as for {@link #await()}
     */
    public boolean await(Duration timeout) throws InterruptedException {
        // TODO: as await(), with awaitNanos and the time left.
        throw new UnsupportedOperationException("TODO: Event.await(Duration)");
    }
}
