package course.grader.harness;

import course.grader.api.Feedback;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * What waiting costs: the CPU time threads that should be blocked use over a window, against two
 * references measured over the same window: a thread blocked in the JDK's own
 * {@link CountDownLatch} (what blocking costs in this JVM, on this machine, right now) and a
 * thread that spins (what a spinner gets of a machine this busy). A spinning waiter uses about
 * what the spinner does; a blocked one about the baseline. On an idle machine a spinner gets the
 * whole window; on one loaded by other gradings perhaps a tenth, and the bar drops with it.
 *
 * <pre>{@code
 * IdleCpu.Measurement cost = IdleCpu.measure(waiters.threads(), Duration.ofMillis(500));
 * if (cost.spins()) ... // some waiter used more than the baseline plus a tenth of the window
 * }</pre>
 */
public final class IdleCpu {

    /**
     * The CPU share of the window a waiter may use above the baseline: a spinner gets far more on
     * any machine not overloaded, a blocked thread woken now and then far less.
     */
    private static final double ALLOWED_SHARE_OF_WALL_TIME = 0.10;
    /** On an overloaded machine, the share of the reference spinner's CPU time a waiter may use instead. */
    private static final double ALLOWED_SHARE_OF_A_SPINNER = 0.5;
    /** Never less than this above the baseline: a blocked thread's wake-ups and safepoints cost microseconds each. */
    private static final Duration FLOOR = Duration.ofMillis(5);

    private IdleCpu() {
    }

    /**
     * The most CPU any one waiter used in the window, the blocked reference's, the spinning
     * reference's, and the window.
     */
    public record Measurement(Duration most, Duration baseline, Duration spinner, Duration window) {

        /**
         * What a waiter may use: the baseline plus a tenth of the window, or half what the spinner
         * got if that is less (the machine is overloaded), and at least {@link #FLOOR}.
         */
        public Duration allowed() {
            long share = Math.min((long) (window.toNanos() * ALLOWED_SHARE_OF_WALL_TIME),
                    (long) (spinner.toNanos() * ALLOWED_SHARE_OF_A_SPINNER));
            return baseline.plus(Duration.ofNanos(Math.max(FLOOR.toNanos(), share)));
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

    /**
     * Runs {@code measured} beside a thread blocked in a latch and a thread that spins, and measures
     * both over the same time.
     */
    private static Measurement withBaseline(Measured measured) throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        ThreadGang references = ThreadGang.start("reference", 2, index -> {
            if (index == 0) {
                never.await();
            } else {
                while (never.getCount() > 0) {
                    Thread.onSpinWait();
                }
            }
        });
        try {
            Thread blocked = references.threads().get(0);
            Thread spinning = references.threads().get(1);
            while (blocked.getState() != Thread.State.WAITING && blocked.isAlive()) {
                Thread.sleep(1);
            }
            Duration blockedBefore = CpuClock.cpuTime(blocked);
            Duration spinningBefore = CpuClock.cpuTime(spinning);
            Window window = measured.run();
            Duration baseline = CpuClock.cpuTime(blocked).minus(blockedBefore);
            Duration spinner = CpuClock.cpuTime(spinning).minus(spinningBefore);
            return new Measurement(window.most(), baseline, spinner, window.length());
        } finally {
            never.countDown();
            references.join(Duration.ofSeconds(3));
        }
    }
}
