package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.BlockingWaits;

/** Turns are taken by waiting on a condition, never by sleeping or spinning. */
@CheckInfo(id = "no-sleep-for-ordering", kind = CheckKind.ARCHITECTURE, points = 1,
        title = "Printers wait on a condition for their turn; no sleep, yield or spinning orders them")
public final class NoSleepForOrdering implements CheckBody {

    @Override
    public void run(CheckContext context) throws CheckFailure {
        BlockingWaits.require(context, "course.alternation", findings ->
                Feedback.expected("printers to wait for their turn on a Condition (or a monitor)")
                        .observed(findings.observed())
                        .cause(findings.cause(
                                "the order comes from timing: sleeping makes the wrong order rarer, not impossible"))
                        .revisit("condition variables: while (not my turn) await(); ... signalAll();"));
    }
}
