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
    /**
     * A waiter may go back into a wait at most once per this much of the window: a blocked waiter
     * nobody signals waits once, a timed wait of 100 ms in a loop (harmless beside a signal) a few
     * times, and a poll every few milliseconds that nobody signals, hundreds of times.
     */
    private static final Duration LEAST_TIME_BETWEEN_WAITS = Duration.ofMillis(20);

    private IdleCpu() {
    }

    /**
     * The most CPU any one waiter used in the window, the blocked reference's, the spinning
     * reference's, the window, and the most times any one waiter went into a wait in it.
     */
    public record Measurement(Duration most, Duration baseline, Duration spinner, Duration window, long mostWaits) {

        /**
         * What a waiter may use: the baseline plus a tenth of the window, or half what the spinner
         * got if that is less (the machine is overloaded), and at least {@link #FLOOR}.
         */
        public Duration allowed() {
            long share = Math.min((long) (window.toNanos() * ALLOWED_SHARE_OF_WALL_TIME),
                    (long) (spinner.toNanos() * ALLOWED_SHARE_OF_A_SPINNER));
            return baseline.plus(Duration.ofNanos(Math.max(FLOOR.toNanos(), share)));
        }

        /** How often a waiter may go into a wait in the window: once per {@link #LEAST_TIME_BETWEEN_WAITS}. */
        public long allowedWaits() {
            return Math.max(1, window.toNanos() / LEAST_TIME_BETWEEN_WAITS.toNanos());
        }

        /**
         * Whether some waiter used more CPU than allowed, or woke and waited again more often: it
         * runs, or looks again on a clock, while it should be blocked until signalled.
         */
        public boolean spins() {
            return most.compareTo(allowed()) > 0 || polls();
        }

        private boolean polls() {
            return mostWaits > allowedWaits();
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
            Feedback.Builder expected = Feedback.expected(String.format(Locale.ROOT, "%s to use about as little CPU as a"
                            + " thread blocked in a CountDownLatch (%.1f ms in %d ms), and to wait without waking"
                            + " until something changes", who, baseline.toNanos() / 1e6, window.toMillis()));
            return polls()
                    ? expected.observed(String.format(Locale.ROOT, "%s went back into a wait %d times in %d ms, about"
                            + " every %.1f ms, though nothing changed: it waits a short time, looks, and waits again"
                            + " (polling) instead of waiting until it is signalled", who, mostWaits, window.toMillis(),
                            window.toNanos() / 1e6 / mostWaits))
                    : expected.observed(String.format(Locale.ROOT, "%s used %.0f ms of CPU in %d ms", who, mostMillis(),
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
            long[] waitsBefore = waiters.stream().mapToLong(CpuClock::waits).toArray();
            Thread.sleep(window);
            Duration most = Duration.ZERO;
            long mostWaits = 0;
            for (int waiter = 0; waiter < before.length; waiter++) {
                Duration used = CpuClock.cpuTime(waiters.get(waiter)).minus(before[waiter]);
                most = used.compareTo(most) > 0 ? used : most;
                mostWaits = Math.max(mostWaits, CpuClock.waits(waiters.get(waiter)) - waitsBefore[waiter]);
            }
            return new Window(most, window, mostWaits);
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
            long waitsBefore = CpuClock.waits(self);
            long start = System.nanoTime();
            action.run();
            Duration window = Duration.ofNanos(System.nanoTime() - start);
            return new Window(CpuClock.cpuTime(self).minus(before), window, CpuClock.waits(self) - waitsBefore);
        });
    }

    /** The most CPU time used in a window, the window's length, and the most waits gone into. */
    private record Window(Duration most, Duration length, long mostWaits) {
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
            return new Measurement(window.most(), baseline, spinner, window.length(), window.mostWaits());
        } finally {
            never.countDown();
            references.join(Duration.ofSeconds(3));
        }
    }
}
