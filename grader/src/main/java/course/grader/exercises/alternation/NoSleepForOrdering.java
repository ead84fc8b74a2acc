package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.BlockingWaits;

/**
 * Turns are taken by waiting on a condition variable — a Lock's Condition or a monitor — that the
 * printers signal, never by sleeping or spinning. The exercise is about condition variables, so a
 * printout ordered by another synchronizer (a ring of semaphores) is correct but does not earn this
 * point; the skeleton's lesson says so.
 */
@CheckInfo(id = "no-sleep-for-ordering", kind = CheckKind.ARCHITECTURE, points = 1, requires = {"two-printers-alternate", "waiting-printers-do-not-spin",
        "waiting-printers-sleep-in-a-condition"},
        title = "Printers wait for their turn on a condition variable (a Condition or a monitor), signalled;"
                + " no sleep, yield or spinning orders them")
public final class NoSleepForOrdering implements CheckBody {

    @Override
    public void run(CheckContext context) throws CheckFailure {
        BlockingWaits.require(context, "course.alternation", findings ->
                Feedback.expected("printers to wait for their turn on a condition variable (a Condition or a"
                                + " monitor) that the printers signal, and never to sleep, yield or spin")
                        .observed(findings.observed())
                        .cause(findings.cause(
                                "the order comes from timing: sleeping makes the wrong order rarer, not impossible"))
                        .revisit("condition variables: while (not my turn) await(); ... signalAll();"));
    }
}
