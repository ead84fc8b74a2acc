package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WorkerFailedException;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import java.time.Duration;

/**
 * Several callers run print at the same time, each with its own output: each printout is complete
 * and in order on its own. A turn, lock or condition kept in static fields is shared by every call,
 * so the calls take one another's turns.
 */
@CheckInfo(id = "concurrent-printouts-are-separate", kind = CheckKind.STRESS, points = 1,
        title = "3 callers printing at once each get their own complete round-robin printout, 5 times")
public final class ConcurrentPrintoutsAreSeparate implements CheckBody {

    private static final int CALLERS = 3;
    private static final int COUNT = 30;
    private static final int PRINTERS = 2;
    private static final int REPEATS = 5;
    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final String SHARED = "the calls share the turn: the next number, the lock or the condition is"
            + " kept in static fields, so one call's printers take another call's turns";
    private static final String REVISIT = "state that belongs to one call lives in that call: local variables or"
            + " an object created by print";

    @Override
    public void run(CheckContext context) throws Exception {
        for (int repeat = 0; repeat < REPEATS; repeat++) {
            Printout[] printouts = new Printout[CALLERS];
            try {
                ThreadGang.start("office", CALLERS, caller -> printouts[caller] = Printout.of(COUNT, PRINTERS))
                        .join(BOUND);
            } catch (WorkerFailedException failed) {
                throw failed.getCause() instanceof CheckFailure failure ? withCause(failure) : failed;
            } catch (ThreadsStuckException stuck) {
                throw new CheckFailure(Feedback.expected(CALLERS + " calls of print running at once to end")
                        .observed("they had not ended after " + BOUND.toSeconds() + " s: " + stuck.diagnosis())
                        .cause(SHARED).revisit(REVISIT), true);
            }
            for (Printout printout : printouts) {
                Printout.Mistake mistake = printout.firstMistake();
                if (mistake != null) {
                    throw new CheckFailure(Feedback.expected(CALLERS + " calls of print(" + COUNT + ", " + PRINTERS
                                    + " printers) running at once to print 0.." + (COUNT - 1) + " each, in turn")
                            .observed("one call's printout: " + mistake.observed())
                            .cause(SHARED + " (alone, a call prints correctly)").revisit(REVISIT));
                }
            }
        }
    }

    private static CheckFailure withCause(CheckFailure failure) {
        Feedback feedback = failure.feedback();
        return new CheckFailure(Feedback.expected(feedback.expected() + ", with other calls of print running at once")
                .observed(feedback.observed()).cause(SHARED).revisit(REVISIT), true);
    }
}
