package course.grader.exercises.deadlock;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;

/** The fix keeps the work under the lock: never two threads in it at once. */
@CheckInfo(id = "work-is-exclusive", kind = CheckKind.STRESS, points = 2,
        title = "The work of f() and g() never runs in two threads at once", timeLimitSeconds = 40)
public final class WorkIsExclusive implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        int most = WorkshopRun.run().mostInside();
        if (most > 1) {
            throw new CheckFailure(Feedback.expected("at most 1 thread doing the work of f() or g() at any moment")
                    .observed(most + " threads were doing it at the same time")
                    .cause("the deadlock was removed by removing the locking around the work")
                    .revisit("the locks are there for a reason: break the cycle, keep the exclusion"));
        }
    }
}
