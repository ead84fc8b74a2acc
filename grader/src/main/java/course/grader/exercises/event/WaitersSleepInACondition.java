package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.BlockingWaits;
import course.grader.harness.ThreadGang;
import java.time.Duration;

/**
 * The run-time twin of {@link WaitsOnACondition}, which reads the code: a worker caught asleep in
 * await() sleeps in Condition.await or Object.wait. Calls to a condition nobody waits on, with the
 * waiting done by a latch or a phaser, satisfy a reading of the code, not the waiter's stack.
 */
@CheckInfo(id = "waiters-sleep-in-a-condition", kind = CheckKind.FUNCTIONAL, points = 1,
        requires = "set-before-await-does-not-block",
        title = "A worker asleep in await() sleeps in Condition.await (or Object.wait)")
public final class WaitersSleepInACondition implements CheckBody {

    private static final Duration BOUND = Duration.ofSeconds(5);

    @Override
    public void run(CheckContext context) throws Exception {
        Event event = new Event();
        ThreadGang waiter = ThreadGang.start("worker", 1, index -> event.await());
        Waiters.untilAllAsleep(waiter, BOUND, false);
        String elsewhere = BlockingWaits.sleepsElsewhereThanACondition(waiter.threads().getFirst());
        event.set();
        waiter.join(BOUND);
        if (elsewhere != null) {
            throw new CheckFailure(Feedback.expected("a worker asleep in await() to sleep in Condition.await() (or"
                            + " Object.wait())")
                    .observed("it slept in " + elsewhere)
                    .cause(BlockingWaits.ANOTHER_SYNCHRONIZER)
                    .revisit("condition variables: await() in a loop under the lock, signalAll() on change"));
        }
    }
}
