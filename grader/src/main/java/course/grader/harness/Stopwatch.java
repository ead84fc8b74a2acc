package course.grader.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * Wall-clock time for timing checks. Timing checks compare a ratio against a baseline measured in
 * the same run, never an absolute duration, so that a slow or loaded machine slows both sides.
 */
public final class Stopwatch {

    /** Work to time. */
    @FunctionalInterface
    public interface Timed {
        void run() throws Exception;
    }

    /** How early before a moment {@link #waitUntil} stops sleeping: more than a sleep's usual lateness. */
    private static final long WATCH_THE_CLOCK_NANOS = Duration.ofMillis(1).toNanos();

    private Stopwatch() {
    }

    public static Duration time(Timed work) throws Exception {
        long start = System.nanoTime();
        work.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** The median of {@code runs} timings of the same work: one slow run does not move it. */
    public static Duration median(int runs, Timed work) throws Exception {
        List<Duration> times = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            times.add(time(work));
        }
        return quantile(times, 0.5);
    }

    /**
     * The time that {@code fraction} of {@code times} (not empty) are at most: 0.5 gives the median,
     * 0.75 the upper quartile, which only something that happens in more than a quarter of the
     * cases moves.
     */
    public static Duration quantile(List<Duration> times, double fraction) {
        List<Duration> sorted = new ArrayList<>(times);
        sorted.sort(null);
        return sorted.get(Math.min(sorted.size() - 1, (int) (sorted.size() * fraction)));
    }

    /**
     * Returns at {@code nanoTime} ({@link System#nanoTime()}), to within a few microseconds: sleeps
     * until a millisecond before, then watches the clock. For a check that must act at an exact
     * moment of another thread's wait (a departure or a set() just before a deadline). A moment
     * already past returns at once.
     */
    public static void waitUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            if (left > WATCH_THE_CLOCK_NANOS) {
                LockSupport.parkNanos(left - WATCH_THE_CLOCK_NANOS);
            } else {
                Thread.onSpinWait();
            }
        }
    }

    /** {@code part / whole} as a plain number. */
    public static double ratio(Duration part, Duration whole) {
        return (double) part.toNanos() / whole.toNanos();
    }
}
