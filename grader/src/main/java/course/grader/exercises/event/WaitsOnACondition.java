package course.grader.exercises.event;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.BlockingWaits;

/** The Event sleeps in a condition (or a monitor), never in a polling loop with sleep, yield or onSpinWait. */
@CheckInfo(id = "waits-on-a-condition", kind = CheckKind.ARCHITECTURE, points = 1,
        requires = {"set-before-await-does-not-block", "waiters-do-not-spin", "waiters-sleep-in-a-condition"},
        title = "Event waits in Condition.await (or Object.wait), never with sleep, yield or onSpinWait")
public final class WaitsOnACondition implements CheckBody {

    @Override
    public void run(CheckContext context) throws CheckFailure {
        BlockingWaits.require(context, "course.event", findings ->
                Feedback.expected("waiting threads to sleep in Condition.await() until signalled")
                        .observed(findings.observed())
                        .cause(findings.cause("the event polls its flag: waiting costs CPU and wakes late"))
                        .revisit("condition variables: await() in a loop under the lock, signalAll() on change"));
    }
}
