package course.grader.harness;

import course.grader.api.Feedback;
import java.time.Duration;

/**
 * The longest timeout a timed wait can count in nanoseconds, {@code Long.MAX_VALUE} of them (about
 * 292 years): a legal argument, and what a caller passes for "as long as it takes, but through the
 * timed call". A deadline taken as {@code System.nanoTime() + timeout} then overflows a
 * {@code long} and comes out negative; code that compares it with the clock
 * ({@code now >= deadline}) finds it long past and gives up at once, where code that compares by
 * subtraction ({@code deadline - now > 0}, as {@link System#nanoTime()} asks) or lets
 * {@code awaitNanos}/{@code tryAcquire} count the time left waits as asked.
 */
public final class LongestTimeout {

    /** {@code Duration.ofNanos(Long.MAX_VALUE)}. */
    public static final Duration DURATION = Duration.ofNanos(Long.MAX_VALUE);
    /** The timeout as feedback names it. */
    public static final String NAMED = "Duration.ofNanos(Long.MAX_VALUE), about 292 years";

    private LongestTimeout() {
    }

    /**
     * The cause and the concept of a timed call that returned at once for this timeout, after the
     * check's own expected and observed parts.
     */
    public static Feedback gaveUpAtOnce(Feedback.Builder expectedAndObserved) {
        return expectedAndObserved
                .cause("the deadline System.nanoTime() + timeout overflows a long and comes out negative, so"
                        + " comparing it with the clock (now >= deadline) finds it long past before any waiting")
                .revisit("System.nanoTime() values are compared by subtraction only (deadline - now > 0); or keep"
                        + " the time left, as awaitNanos returns it, instead of a deadline");
    }
}
