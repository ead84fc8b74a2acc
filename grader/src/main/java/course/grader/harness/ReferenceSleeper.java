package course.grader.harness;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * A grader thread asleep in a timed park, woken at the instant of a change the student's code should
 * wake its own waiters for: how long leaving a wait takes on this machine at that moment, under the
 * same load. A waiter of the student's that takes much longer than the sleeper was not woken by the
 * change; it found it later, on its own clock.
 *
 * <pre>{@code
 * try (ReferenceSleeper sleeper = ReferenceSleeper.start()) {
 *     if (sleeper.isAsleep()) {
 *         long changed = sleeper.wake();  // then make the change, at once
 *         ...
 *         Optional<Duration> took = sleeper.tookToWake();
 * }}</pre>
 */
public final class ReferenceSleeper implements AutoCloseable {

    /** Longer than any measurement: the sleeper is woken, never times out, while it is used. */
    private static final Duration NAP = Duration.ofSeconds(10);

    private final Thread thread;
    private volatile boolean closed;
    /** When it was last woken; never, so far, is the far future. */
    private volatile long wokenAt = Long.MAX_VALUE;
    /** When it last came out of its park. */
    private volatile long awakeAt = Long.MIN_VALUE;

    private ReferenceSleeper() {
        thread = ThreadRoles.newThread(this::sleepUntilClosed, "reference sleeper");
    }

    /** Starts the sleeper; it is asleep soon after (see {@link #isAsleep()}). */
    public static ReferenceSleeper start() {
        ReferenceSleeper sleeper = new ReferenceSleeper();
        sleeper.thread.start();
        return sleeper;
    }

    private void sleepUntilClosed() {
        while (!closed) {
            LockSupport.parkNanos(NAP.toNanos());
            awakeAt = System.nanoTime();
        }
    }

    /** Whether the sleeper is in its park now, and so can be woken for a measurement. */
    public boolean isAsleep() {
        return thread.getState() == Thread.State.TIMED_WAITING;
    }

    /** Wakes the sleeper and returns the instant it did ({@link System#nanoTime()}). */
    public long wake() {
        long now = System.nanoTime();
        wokenAt = now;
        LockSupport.unpark(thread);
        return now;
    }

    /** How long after the last {@link #wake()} the sleeper was running again; empty while it is not yet. */
    public Optional<Duration> tookToWake() {
        long woken = wokenAt;
        long awake = awakeAt;
        return awake < woken ? Optional.empty() : Optional.of(Duration.ofNanos(awake - woken));
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
    }
}
