package course.grader.harness;

import course.grader.api.Feedback;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * Whether threads that wait on a clock (a timed wait in a loop, which {@link IdleCpu} sees as a
 * waiter going back into a wait now and then) are woken by the change they wait for, or only find
 * it at their next look. A waiter that looks every 30 ms uses almost no CPU and wakes rarely enough
 * to pass for a blocked one; what gives it away is that a change waits for its clock.
 *
 * <p>So: wait until one of them has just gone back into its timed wait, make the change at once,
 * and time how long that thread stays in the wait after it. Signalled, it leaves at once; polling,
 * it sleeps out its period. A reference thread in a timed park, unparked at the same instant, shows
 * what leaving a wait takes on this machine right now. Waiters that never went back into a wait
 * during the window are in untimed waits, which only a signal ends: they are not tested, and the
 * change is simply made.
 *
 * <pre>{@code
 * IdleCpu.Measurement cost = IdleCpu.measure(waiters, window);
 * WakeUps.WakeUp wake = WakeUps.afterChange(cost, waiters, () -> event.set());
 * if (wake.late()) ... // the waiters noticed the set() only when they looked again
 * }</pre>
 */
public final class WakeUps {

    /** How often the thread states are looked at: far shorter than any period that passes for blocking. */
    private static final Duration LOOK_EVERY = Duration.ofNanos(200_000);
    /** How many periods to wait for a waiter to go back into its wait before giving up on it. */
    private static final int PERIODS_TO_WAIT = 3;

    private WakeUps() {
    }

    /**
     * How long the observed waiter stayed asleep after the change, how long the reference did,
     * and the waiter's period (how often it went back into a wait in the window); all zero when
     * the waiters were not on a clock.
     */
    public record WakeUp(Duration asleepAfter, Duration reference, Duration period) {

        static final WakeUp NOT_ON_A_CLOCK = new WakeUp(Duration.ZERO, Duration.ZERO, Duration.ZERO);

        /** Whether the waiter slept on after the change for more than half its period beyond the reference. */
        public boolean late() {
            return asleepAfter.compareTo(reference.plus(period.dividedBy(2))) > 0 && !period.isZero();
        }

        /**
         * What a student reads when {@code waiter} ("a waiting car") woke late after {@code change}
         * ("a spot is freed"): expected and observed; the check adds the cause and the concept.
         */
        public Feedback.Builder lateFeedback(String waiter, String change) {
            return Feedback.expected(waiter + " to wake as soon as " + change)
                    .observed(String.format(Locale.ROOT, "%s went back into a timed wait about every %d ms though nothing"
                                    + " had changed, and after %s it slept on for %.1f ms, until its next look (a thread"
                                    + " woken the same way at the same moment took %.1f ms): nothing woke it, it looked"
                                    + " again on its clock", waiter, period.toMillis(), change,
                            asleepAfter.toNanos() / 1e6, reference.toNanos() / 1e6));
        }
    }

    /**
     * Makes {@code change} (once, whatever happens) and, when the waiters were on a clock in
     * {@code cost}'s window, times how long one of them that has just gone back into its timed wait
     * stays in it after the change.
     */
    public static WakeUp afterChange(IdleCpu.Measurement cost, List<Thread> waiters, IdleCpu.Action change)
            throws Exception {
        if (cost.mostWaits() < 2) {
            change.run();
            return WakeUp.NOT_ON_A_CLOCK;
        }
        Duration period = cost.window().dividedBy(cost.mostWaits());
        Thread reference = ThreadRoles.newThread(
                () -> LockSupport.parkNanos(period.multipliedBy(PERIODS_TO_WAIT + 2).toNanos()), "reference");
        reference.start();
        while (reference.getState() != Thread.State.TIMED_WAITING && reference.isAlive()) {
            Thread.onSpinWait();
        }
        Optional<Thread> looking = justBackInItsWait(waiters, period.multipliedBy(PERIODS_TO_WAIT));
        if (looking.isEmpty()) {
            change.run();
            LockSupport.unpark(reference);
            return WakeUp.NOT_ON_A_CLOCK;
        }
        List<Thread> watched = List.of(looking.get(), reference);
        long[] waitsThen = watched.stream().mapToLong(CpuClock::waits).toArray();
        long changed = System.nanoTime();
        change.run();
        LockSupport.unpark(reference);
        List<Duration> asleep = asleepSince(watched, waitsThen, changed,
                period.multipliedBy(2).plus(WaitingThreads.FALLING_ASLEEP));
        return new WakeUp(asleep.get(0), asleep.get(1), period);
    }

    /** The first of {@code waiters} seen to go back into a timed wait within {@code bound}. */
    private static Optional<Thread> justBackInItsWait(List<Thread> waiters, Duration bound) {
        long[] before = waiters.stream().mapToLong(CpuClock::waits).toArray();
        long deadline = System.nanoTime() + bound.toNanos();
        while (System.nanoTime() < deadline) {
            for (int waiter = 0; waiter < before.length; waiter++) {
                Thread thread = waiters.get(waiter);
                if (CpuClock.waits(thread) > before[waiter] && thread.getState() == Thread.State.TIMED_WAITING) {
                    return Optional.of(thread);
                }
            }
            LockSupport.parkNanos(LOOK_EVERY.toNanos());
        }
        return Optional.empty();
    }

    /**
     * How long after {@code since} each thread was still in the timed wait it was in then, up to
     * {@code bound}. A thread that leaves its wait and is soon back in another (a worker that ran a
     * short task) may never be seen out of it, but its count of waits has grown.
     */
    private static List<Duration> asleepSince(List<Thread> threads, long[] waitsThen, long since, Duration bound) {
        long deadline = since + bound.toNanos();
        long[] left = new long[threads.size()];
        boolean anyAsleep = true;
        while (anyAsleep && System.nanoTime() < deadline) {
            anyAsleep = false;
            for (int thread = 0; thread < left.length; thread++) {
                Thread looked = threads.get(thread);
                if (left[thread] == 0 && (looked.getState() != Thread.State.TIMED_WAITING
                        || CpuClock.waits(looked) > waitsThen[thread])) {
                    left[thread] = System.nanoTime();
                }
                anyAsleep |= left[thread] == 0;
            }
            LockSupport.parkNanos(LOOK_EVERY.toNanos());
        }
        long now = System.nanoTime();
        return Arrays.stream(left).mapToObj(at -> Duration.ofNanos((at == 0 ? now : at) - since)).toList();
    }
}
