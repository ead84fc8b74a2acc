package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WaitingThreads;
import java.time.Duration;

/**
 * The event's work in its plainest form: one worker waits in await(), the boss calls set(), the
 * worker returns. The checks of races around set() require this one: an event whose set() wakes
 * nobody loses no race, because no waiter is ever let go.
 */
@CheckInfo(id = "set-wakes-a-waiter", kind = CheckKind.FUNCTIONAL, points = 1,
        title = "set() wakes a worker waiting in await()")
public final class SetWakesAWaiter implements CheckBody {

    /** For the woken worker to return: milliseconds on a correct event. */
    private static final Duration BOUND = Duration.ofSeconds(2);

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
    }
}
