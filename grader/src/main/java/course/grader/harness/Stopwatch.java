package course.grader.harness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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
        times.sort(null);
        return times.get(runs / 2);
    }

    /** {@code part / whole} as a plain number. */
    public static double ratio(Duration part, Duration whole) {
        return (double) part.toNanos() / whole.toNanos();
    }
}
