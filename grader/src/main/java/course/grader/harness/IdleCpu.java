package course.grader.harness;

import course.grader.api.Feedback;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * What waiting costs: the CPU time threads that should be blocked use over a window, against a
 * baseline measured over the same window, a thread blocked in the JDK's own
 * {@link CountDownLatch} (what blocking costs in this JVM, on this machine, right now). A spinning
 * waiter uses most of the wall time; a blocked one about the baseline.
 *
 * <pre>{@code
 * IdleCpu.Measurement cost = IdleCpu.measure(waiters.threads(), Duration.ofMillis(500));
 * if (cost.spins()) ... // some waiter used more than the baseline plus a tenth of the window
 * }</pre>
 */
public final class IdleCpu {

    /**
     * The CPU share of the window a waiter may use above the baseline: a spinner gets far more even
     * on a busy machine, a blocked thread woken now and then far less.
     */
    private static final double ALLOWED_SHARE_OF_WALL_TIME = 0.10;

    private IdleCpu() {
    }

    /** The most CPU any one waiter used in the window, the baseline's, and the window. */
    public record Measurement(Duration most, Duration baseline, Duration window) {

        /** What a waiter may use: the baseline plus a tenth of the window. */
        public Duration allowed() {
            return baseline.plus(Duration.ofNanos((long) (window.toNanos() * ALLOWED_SHARE_OF_WALL_TIME)));
        }

        /** Whether some waiter used more than allowed: it runs while it should be blocked. */
        public boolean spins() {
            return most.compareTo(allowed()) > 0;
        }

        /** The most CPU time a waiter used, in milliseconds: the figure a check reports. */
        public double mostMillis() {
            return most.toNanos() / 1e6;
        }

        /**
         * What a student reads when {@code who} ("a waiting car") spins: expected and observed, in
         * CPU time over the window; the check adds the cause and the concept.
         */
        public Feedback.Builder spinningFeedback(String who) {
            return Feedback.expected(String.format(Locale.ROOT, "%s to use about as little CPU as a thread blocked in"
                            + " a CountDownLatch (%.1f ms in %d ms)", who, baseline.toNanos() / 1e6, window.toMillis()))
                    .observed(String.format(Locale.ROOT, "%s used %.0f ms of CPU in %d ms", who, mostMillis(),
                            window.toMillis()));
        }
    }

    /** Something a thread does while it is measured: a call that should spend its time blocked. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** Measures {@code waiters} over {@code window}; the caller has already made sure they are waiting. */
    public static Measurement measure(List<Thread> waiters, Duration window) throws Exception {
        return withBaseline(() -> {
            Duration[] before = waiters.stream().map(CpuClock::cpuTime).toArray(Duration[]::new);
            Thread.sleep(window);
            Duration most = Duration.ZERO;
            for (int waiter = 0; waiter < before.length; waiter++) {
                Duration used = CpuClock.cpuTime(waiters.get(waiter)).minus(before[waiter]);
                most = used.compareTo(most) > 0 ? used : most;
            }
            return new Window(most, window);
        });
    }

    /**
     * Measures the calling thread while it runs {@code action}, a call that should wait blocked for
     * most of its time (a close() that gives a child its grace period): the window is as long as the
     * action takes. What the action throws propagates.
     */
    public static Measurement whileRunning(Action action) throws Exception {
        Thread self = Thread.currentThread();
        return withBaseline(() -> {
            Duration before = CpuClock.cpuTime(self);
            long start = System.nanoTime();
            action.run();
            Duration window = Duration.ofNanos(System.nanoTime() - start);
            return new Window(CpuClock.cpuTime(self).minus(before), window);
        });
    }

    /** The most CPU time used in a window, and the window's length. */
    private record Window(Duration most, Duration length) {
    }

    @FunctionalInterface
    private interface Measured {
        Window run() throws Exception;
    }

    /** Runs {@code measured} beside a thread blocked in a latch, and measures that thread over the same time. */
    private static Measurement withBaseline(Measured measured) throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        ThreadGang blocked = ThreadGang.start("latch-waiter", 1, index -> never.await());
        try {
            Thread reference = blocked.threads().get(0);
            while (reference.getState() != Thread.State.WAITING && reference.isAlive()) {
                Thread.sleep(1);
            }
            Duration baselineBefore = CpuClock.cpuTime(reference);
            Window window = measured.run();
            Duration baseline = CpuClock.cpuTime(reference).minus(baselineBefore);
            return new Measurement(window.most(), baseline, window.length());
        } finally {
            never.countDown();
            blocked.join(Duration.ofSeconds(3));
        }
    }
}
