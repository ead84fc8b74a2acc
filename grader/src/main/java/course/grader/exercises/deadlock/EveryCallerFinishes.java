package course.grader.exercises.deadlock;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;

/** No deadlock: every thread calling {@code f()} and {@code g()} finishes, round after round. */
@CheckInfo(id = "every-caller-finishes", kind = CheckKind.STRESS, points = 4,
        title = "6 threads × 300 calls of f() and g() all finish: no deadlock", timeLimitSeconds = 40)
public final class EveryCallerFinishes implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        WorkshopRun.mostInsideTheWork();
    }
}
