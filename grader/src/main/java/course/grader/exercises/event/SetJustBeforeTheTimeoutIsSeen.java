package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Stopwatch;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WaitingThreads;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A set() that returns before a waiter's timeout is up makes that waiter's await(timeout) return
 * true, however late the waiter gets to run again. Eight workers wait with await(10 ms); set()
 * is called a little before the first of their timeouts ends, a little earlier each round. The
 * woken waiters take the lock back one after another, so the last of them runs after its timeout:
 * a waiter that decides from the time left, before it looks at the event, reports a timeout for a
 * set() that happened in time. Measured: such an event returned false for about 650 of 2400 waits
 * in the red team's own trial; a correct one for none.
 */
@CheckInfo(id = "set-just-before-the-timeout-is-seen", kind = CheckKind.STRESS, points = 2, requires = "set-wakes-a-waiter",
        title = "await(timeout) returns true for a set() that returned before its timeout was up")
public final class SetJustBeforeTheTimeoutIsSeen implements CheckBody {

    private static final int ROUNDS = 20;
    private static final int WAITERS = 8;
    private static final Duration TIMEOUT = Duration.ofMillis(10);
    /** set() comes this long before the first timeout ends: from 300 µs in the first round to 20 µs in the last. */
    private static final long EARLIEST_SET_MICROS = 300;
    private static final long LATEST_SET_MICROS = 20;
    /** A waiter that spins is never seen asleep: the round then goes on regardless. */
    private static final Duration SEEN_ASLEEP_WITHIN = Duration.ofMillis(200);
    /** Fine enough to see the waiters asleep well inside their timeout. */
    private static final Duration LOOK_EVERY = Duration.ofNanos(100_000);
    private static final Duration BOUND = Duration.ofSeconds(3);

    @Override
    public void run(CheckContext context) throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            playRound(round, EARLIEST_SET_MICROS - (round - 1) * (EARLIEST_SET_MICROS - LATEST_SET_MICROS) / (ROUNDS - 1));
        }
    }

    private static void playRound(int round, long setBeforeMicros) throws Exception {
        Event event = new Event();
        List<TimedWaiter> waiters = IntStream.range(0, WAITERS)
                .mapToObj(index -> TimedWaiter.start("timed-worker", event, TIMEOUT)).toList();
        WaitingThreads.untilAsleepIn(waiters.stream().flatMap(waiter -> waiter.thread().threads().stream()).toList(),
                Event.class, SEEN_ASLEEP_WITHIN, LOOK_EVERY);
        long firstTimeoutEnds = waiters.stream().mapToLong(TimedWaiter::calledAt).min().orElseThrow() + TIMEOUT.toNanos();
        long setAt = firstTimeoutEnds - setBeforeMicros * 1_000;
        Stopwatch.waitUntil(setAt);
        event.set();
        long setReturned = System.nanoTime();
        int missed = 0;
        long missedByMost = 0;
        for (TimedWaiter waiter : waiters) {
            try {
                waiter.thread().join(BOUND);
            } catch (ThreadsStuckException stuck) {
                throw new CheckFailure(Feedback.expected("every await(" + TIMEOUT.toMillis() + " ms) to return once set()"
                                + " has been called")
                        .observed("a waiter was still waiting " + BOUND.toSeconds() + " s after set(): " + stuck.diagnosis())
                        .cause("the set() did not wake it, and its timeout did not end its wait")
                        .revisit("set() wakes every waiter (signalAll); a timed wait gives up when its time is up"), true);
            }
            long inTime = waiter.calledAt() + TIMEOUT.toNanos() - setReturned;
            if (Boolean.FALSE.equals(waiter.result()) && inTime > 0) {
                missed++;
                missedByMost = Math.max(missedByMost, inTime);
            }
        }
        if (missed > 0) {
            throw new CheckFailure(Feedback.expected("await(" + TIMEOUT.toMillis() + " ms) to return true when set() returned"
                            + " before its timeout was up")
                    .observed("in round " + round + " of " + ROUNDS + ", " + missed + " of " + WAITERS + " waiters returned"
                            + " false although set() had returned up to " + missedByMost / 1_000 + " µs before their"
                            + " timeout was up")
                    .cause("a woken waiter decides that it timed out from the time left awaitNanos returned, before it"
                            + " looks whether the event was set: the waiters take the lock back one after another, and"
                            + " one that runs after its timeout ended reports a timeout for a set() that came in time")
                    .revisit("after every wake-up look at the event first (set, or a new generation since you arrived),"
                            + " and give up only if it is still unset and no time is left"));
        }
    }
}
