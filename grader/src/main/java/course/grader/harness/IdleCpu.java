package course.grader.harness;

import course.grader.api.Feedback;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * What waiting costs: the CPU time threads that should be blocked use over a window, against two
 * references measured over the same window: a thread blocked in the JDK's own
 * {@link CountDownLatch} (what blocking costs in this JVM, on this machine, right now) and a
 * thread that spins (what a spinner gets of a machine this busy). A spinning waiter uses about
 * what the spinner does; a blocked one about the baseline. On an idle machine a spinner gets the
 * whole window; on one loaded by other gradings perhaps a tenth, and the bar drops with it.
 *
 * <p>Not only the waiters are measured: every other thread running the student's code is too (a
 * helper that polls on the waiters' behalf spins as much as they would), and the window must see no
 * new platform thread started (an idle thread that hands over to a fresh one, and ends, leaves no
 * CPU time behind to measure).
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
    /**
     * Threads that may start in the window while nothing is asked of the student's code: the JDK
     * starts a service thread of its own now and then; code that hands its waiting over to new
     * threads starts hundreds.
     */
    private static final long ALLOWED_THREAD_STARTS = 2;

    private IdleCpu() {
    }

    /**
     * The most CPU any one waiter (or other thread of the student's) used in the window, the
     * blocked reference's, the spinning reference's, the window, the most times any one of those
     * threads went into a wait in it, the thread that polled (or else used the most CPU) when it is
     * not a waiter but another thread of the student's (else null), and how many platform threads
     * were started in the window.
     */
    public record Measurement(Duration most, Duration baseline, Duration spinner, Duration window, long mostWaits,
                              String busiest, long threadsStarted) {

        /**
         * What a waiter may use: the baseline plus a tenth of the window, or half what the spinner
         * got if that is less (the machine is overloaded), and at least {@link #FLOOR}.
         */
        public Duration allowed() {
            long share = Math.min((long) (window.toNanos() * ALLOWED_SHARE_OF_WALL_TIME),
                    (long) (spinner.toNanos() * ALLOWED_SHARE_OF_A_SPINNER));
            return baseline.plus(Duration.ofNanos(Math.max(FLOOR.toNanos(), share)));
        }

        /**
         * Whether the verdict holds whatever a spinner would have got: the waiters used no more than
         * the baseline and the floor (which is always allowed), or more than a tenth of the window
         * (which never is), or polled, or started threads. Only in between does it take a spinner
         * beside them to tell a loaded machine from a waiter that spins.
         */
        boolean decidedWithoutASpinner() {
            return most.compareTo(baseline.plus(FLOOR)) <= 0 || spins();
        }

        /**
         * Whether some waiter used more CPU than allowed, or woke and waited again more often: it
         * runs, or looks again on a clock, while it should be blocked until signalled.
         */
        public boolean spins() {
            return most.compareTo(allowed()) > 0 || polls() || churns();
        }

        private boolean churns() {
            return threadsStarted > ALLOWED_THREAD_STARTS;
        }

        private boolean polls() {
            return IdleCpu.polls(window, mostWaits);
        }

        /** The most CPU time a waiter used, in milliseconds: the figure a check reports. */
        public double mostMillis() {
            return most.toNanos() / 1e6;
        }

        /**
         * What a student reads when {@code waiter} ("a waiting car") spins: expected and observed, in
         * CPU time over the window; the check adds the cause and the concept.
         */
        public Feedback.Builder spinningFeedback(String waiter) {
            Feedback.Builder expected = Feedback.expected(String.format(Locale.ROOT, "%s to use about as little CPU as a"
                            + " thread blocked in a CountDownLatch (%.1f ms in %d ms), and to wait without waking"
                            + " until something changes", waiter, baseline.toNanos() / 1e6, window.toMillis()));
            if (churns()) {
                return expected.observed(String.format(Locale.ROOT, "%d new threads were started in %d ms while %s"
                        + " waited and nothing was asked of your code: a waiting thread hands over to a new one (and"
                        + " ends) instead of waiting", threadsStarted, window.toMillis(), waiter));
            }
            String who = busiest == null ? waiter : StudentCode.thread(busiest) + ", which your code started beside the waiters,";
            return polls()
                    ? expected.observed(String.format(Locale.ROOT, "%s went back into a wait %d times in %d ms, about"
                            + " every %.1f ms, though nothing changed: it waits a short time, looks, and waits again"
                            + " (polling) instead of waiting until it is signalled", who, mostWaits, window.toMillis(),
                            window.toNanos() / 1e6 / mostWaits))
                    : expected.observed(String.format(Locale.ROOT, "%s used %.0f ms of CPU in %d ms", who, mostMillis(),
                            window.toMillis()));
        }
    }

    /** Whether going into a wait {@code waits} times in {@code window} is more than once per {@link #LEAST_TIME_BETWEEN_WAITS}. */
    private static boolean polls(Duration window, long waits) {
        return waits > Math.max(1, window.toNanos() / LEAST_TIME_BETWEEN_WAITS.toNanos());
    }

    /** Something a thread does while it is measured: a call that should spend its time blocked. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /**
     * Measures {@code waiters}, and every other thread running the student's code, over
     * {@code window}; the caller has already made sure the waiters are waiting.
     */
    public static Measurement measure(List<Thread> waiters, Duration window) throws Exception {
        Measured waiting = references -> {
            Set<Thread> known = new HashSet<>(waiters);
            known.addAll(references);
            known.add(Thread.currentThread());
            Map<Thread, Duration> cpuBefore = new HashMap<>();
            Map<Thread, Long> waitsBefore = new HashMap<>();
            for (Thread thread : concat(waiters, othersOfTheStudent(known))) {
                cpuBefore.put(thread, CpuClock.cpuTime(thread));
                waitsBefore.put(thread, CpuClock.waits(thread));
            }
            long startedBefore = CpuClock.threadsStarted();
            Thread.sleep(window);
            long started = CpuClock.threadsStarted() - startedBefore;
            Duration most = Duration.ZERO;
            long mostWaits = 0;
            String mostBy = null;
            String mostWaitsBy = null;
            for (Thread thread : concat(waiters, othersOfTheStudent(known))) {
                Duration used = CpuClock.cpuTime(thread).minus(cpuBefore.getOrDefault(thread, Duration.ZERO));
                long waits = CpuClock.waits(thread) - waitsBefore.getOrDefault(thread, 0L);
                String other = waiters.contains(thread) ? null : ThreadRoles.describe(thread);
                if (used.compareTo(most) > 0) {
                    most = used;
                    mostBy = other;
                }
                if (waits > mostWaits) {
                    mostWaits = waits;
                    mostWaitsBy = other;
                }
            }
            return new Window(most, window, mostWaits, polls(window, mostWaits) ? mostWaitsBy : mostBy, started);
        };
        Measurement onAnIdleMachine = withBaseline(waiting, false);
        return onAnIdleMachine.decidedWithoutASpinner() ? onAnIdleMachine : withBaseline(waiting, true);
    }

    /**
     * The live platform threads the student's code may be behind, but for {@code known}: every thread
     * that is neither the grader's nor one of the JVM's own services — whatever its stack shows at
     * this instant. A timer or a scheduled executor the student's code started runs only JDK code
     * between its ticks, and the carriers of the student's virtual threads are the JDK's classes.
     */
    private static List<Thread> othersOfTheStudent(Set<Thread> known) {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !known.contains(thread) && !ThreadRoles.isGraders(thread)
                        && !ThreadRoles.servesTheJvm(thread))
                .toList();
    }

    private static List<Thread> concat(List<Thread> first, List<Thread> second) {
        return Stream.concat(first.stream(), second.stream()).distinct().toList();
    }

    /**
     * Measures the calling thread while it runs {@code action}, a call that should wait blocked for
     * most of its time (a close() that gives a child its grace period): the window is as long as the
     * action takes. What the action throws propagates.
     */
    public static Measurement whileRunning(Action action) throws Exception {
        return whileRunning(action, () -> { });
    }

    /**
     * Like {@link #whileRunning(Action)}, and runs {@code rightAfter} the instant the action has
     * returned, outside the window but before the references are stopped: for a check that must
     * look at something then.
     */
    public static Measurement whileRunning(Action action, Action rightAfter) throws Exception {
        Thread self = Thread.currentThread();
        // An action runs once, so its one measurement has the spinner beside it.
        return withBaseline(references -> {
            Duration before = CpuClock.cpuTime(self);
            long waitsBefore = CpuClock.waits(self);
            long start = System.nanoTime();
            action.run();
            Duration window = Duration.ofNanos(System.nanoTime() - start);
            Window measured = new Window(CpuClock.cpuTime(self).minus(before), window, CpuClock.waits(self) - waitsBefore,
                    null, 0);
            rightAfter.run();
            return measured;
        }, true);
    }

    /**
     * The most CPU time used in a window, the window's length, the most waits gone into, the
     * student's thread (not a waiter) that polled or used the most CPU if one did, and the threads
     * started.
     */
    private record Window(Duration most, Duration length, long mostWaits, String busiest, long threadsStarted) {
    }

    @FunctionalInterface
    private interface Measured {
        Window run(List<Thread> references) throws Exception;
    }

    /**
     * Runs {@code measured} beside a thread blocked in a latch and, if asked, a thread that spins,
     * and measures them over the same time. The spinner takes a core for the whole window, which
     * slows everything else on the machine, so it runs only where the verdict needs it.
     */
    private static Measurement withBaseline(Measured measured, boolean withASpinner) throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        ThreadGang references = ThreadGang.start("reference", withASpinner ? 2 : 1, index -> {
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
            Optional<Thread> spinning = references.threads().stream().skip(1).findFirst();
            while (blocked.getState() != Thread.State.WAITING && blocked.isAlive()) {
                Thread.sleep(1);
            }
            Duration blockedBefore = CpuClock.cpuTime(blocked);
            Duration spinningBefore = spinning.map(CpuClock::cpuTime).orElse(Duration.ZERO);
            Window window = measured.run(references.threads());
            Duration baseline = CpuClock.cpuTime(blocked).minus(blockedBefore);
            // Without a spinner, the machine is taken to be idle: a spinner would have had the whole window.
            Duration spinner = spinning.map(thread -> CpuClock.cpuTime(thread).minus(spinningBefore)).orElse(window.length());
            return new Measurement(window.most(), baseline, spinner, window.length(), window.mostWaits(),
                    window.busiest(), window.threadsStarted());
        } finally {
            never.countDown();
            references.join(Duration.ofSeconds(3));
        }
    }
}
