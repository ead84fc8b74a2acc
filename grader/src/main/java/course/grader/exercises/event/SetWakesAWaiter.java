package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.LongestTimeout;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WaitingThreads;
import java.time.Duration;

/**
 * The event's work in its plainest form: one worker waits in await(), the boss calls set(), the
 * worker returns; and the same with a worker waiting alone in await(timeout), which returns true,
 * with a timeout of 30 s and with the longest ({@link LongestTimeout}). The checks of races around
 * set() require this one: an event whose set() wakes nobody loses no race, because no waiter is
 * ever let go.
 */
@CheckInfo(id = "set-wakes-a-waiter", kind = CheckKind.FUNCTIONAL, points = 1,
        title = "set() wakes a worker waiting in await(), and one waiting alone in await(timeout), at once, however long its timeout")
public final class SetWakesAWaiter implements CheckBody {

    /** For the woken worker to return: milliseconds on a correct event. */
    private static final Duration BOUND = Duration.ofSeconds(2);
    /** The timed worker's timeout: far beyond the bound, so that only set() can end its wait in time. */
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Override
    public void run(CheckContext context) throws Exception {
        Event event = new Event();
        ThreadGang worker = ThreadGang.start("worker", 1, index -> event.await());
        WaitingThreads.untilAsleepIn(worker.threads(), Event.class, WaitingThreads.FALLING_ASLEEP);
        event.set();
        try {
            worker.joinSelfContained(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("a worker waiting in await() to return once set() is called")
                    .observed("it was still waiting " + BOUND.toSeconds() + " s after set(): " + stuck.diagnosis())
                    .cause("set() raises the flag but wakes nobody: it does not signal the condition the workers"
                            + " wait on (or signals another one)")
                    .revisit("set() raises the flag and calls signalAll() on the condition await() waits on, under"
                            + " the same lock"), true);
        }
        aTimedWaiterAloneIsWoken(TIMEOUT, TIMEOUT.toSeconds() + " s");
        aTimedWaiterAloneIsWoken(LongestTimeout.DURATION, LongestTimeout.NAMED);
    }

    /**
     * The timed variant, with no untimed waiter beside it: a set() that signals only for waiters of
     * await() (or counts only them) leaves await(timeout) to find the flag when its time runs out.
     * Once with a timeout of 30 s and once with the longest one ({@link LongestTimeout}), whose
     * deadline overflows when taken as now + timeout.
     */
    private static void aTimedWaiterAloneIsWoken(Duration timeout, String named) throws Exception {
        Event event = new Event();
        TimedWaiter waiter = TimedWaiter.start("timed-worker", event, timeout);
        WaitingThreads.untilAsleepIn(waiter.thread().threads(), Event.class, WaitingThreads.FALLING_ASLEEP);
        String call = "await(" + named + ")";
        if (waiter.result() != null) {
            Feedback.Builder returnedAtOnce = Feedback.expected(call + " to wait for the set() that comes while it waits")
                    .observed("it returned " + waiter.result() + " after " + waiter.waited().toMillis() + " ms, before"
                            + " set() was called");
            throw new CheckFailure(timeout.equals(LongestTimeout.DURATION) ? LongestTimeout.gaveUpAtOnce(returnedAtOnce)
                    : returnedAtOnce.cause("await(timeout) does not wait: it looks at the flag and returns")
                            .revisit("a timed wait sleeps on the condition until set() signals it or the time runs out"));
        }
        event.set();
        try {
            waiter.thread().joinSelfContained(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("a worker waiting alone in " + call + " to return true once set()"
                            + " is called")
                    .observed("it was still waiting " + BOUND.toSeconds() + " s after set(): " + stuck.diagnosis())
                    .cause("set() wakes only the waiters of await(): the timed wait is not signalled (set() signals"
                            + " another condition, or only when it has counted waiters of await()), so it ends only"
                            + " when its time runs out")
                    .revisit("every wait for the flag, timed or not, waits on the condition set() signals"), true);
        }
        if (!Boolean.TRUE.equals(waiter.result())) {
            throw new CheckFailure(Feedback.expected(call + " to return true once set() is called during the wait")
                    .observed("it returned " + waiter.result() + " after " + waiter.waited().toMillis() + " ms")
                    .cause("await(timeout) returns whether its time ran out, not whether the flag was raised")
                    .revisit("return true when set() was called while waiting, false only when the time ran out first"));
        }
    }
}
