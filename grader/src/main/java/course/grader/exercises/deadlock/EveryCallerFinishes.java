package course.grader.exercises.deadlock;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;

/**
 * No deadlock, and no call skipped: every thread calling {@code f()} and {@code g()} finishes,
 * round after round, and every call did the work (a call that gives up when a lock is busy has
 * avoided the deadlock by not doing its job).
 */
@CheckInfo(id = "every-caller-finishes", kind = CheckKind.STRESS, points = 4,
        title = "6 threads × 300 calls of f() and g() all finish, each having done the work: no deadlock",
        timeLimitSeconds = 40)
public final class EveryCallerFinishes implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        int expected = WorkshopRun.CALLERS * WorkshopRun.ROUNDS;
        int runs = WorkshopRun.run().workRuns();
        if (runs != expected) {
            throw new CheckFailure(Feedback.expected("each of the " + expected + " calls of f() and g() to do the work"
                            + " once")
                    .observed("the work ran " + runs + " times")
                    .cause(runs < expected
                            ? "a call returned without doing the work: it gave up (tryLock failed) instead of waiting"
                            + " for the locks"
                            : "a call did the work more than once")
                    .revisit("completion means complete: break the cycle (one order, or one reentrant lock), do not"
                            + " skip the work"));
        }
    }
}
