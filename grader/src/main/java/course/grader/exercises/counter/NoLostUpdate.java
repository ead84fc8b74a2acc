package course.grader.exercises.counter;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Jcstress;
import course.grader.harness.JcstressResult;

/** jcstress runs two deposits against each other hundreds of thousands of times and never sees one lost. */
@CheckInfo(id = "no-lost-update", kind = CheckKind.JCSTRESS, points = 3, requires = "one-lock-per-account",
        title = "jcstress never observes a lost deposit", timeLimitSeconds = 120)
public final class NoLostUpdate implements CheckBody {

    /**
     * Runs in which the two deposits overlapped that make a clean result convincing: an unguarded
     * deposit loses one in a third to a half of them, here and under load.
     */
    private static final long ENOUGH_OVERLAPS = 1_000;

    @Override
    public void run(CheckContext context) throws Exception {
        JcstressResult result = Jcstress.run(DepositRace.class, DepositRace::overlapped, ENOUGH_OVERLAPS);
        context.measure("jcstress runs", result.totalCount(), "runs");
        context.measure("jcstress runs with overlapping deposits", result.count(DepositRace::overlapped), "runs");
        if (!result.ranNormally() || result.forbiddenCount() > 0) {
            throw new CheckFailure(Feedback.expected("two concurrent deposit(1) calls on an empty account always to"
                            + " leave a balance of 2")
                    .observed(result.summary())
                    .cause(result.ranNormally()
                            ? "both threads read 0 and both wrote 1: deposit's read-add-write is not one critical section"
                            : "deposit or balance threw when two threads used the account at once (see above)")
                    .revisit("the lost update; a Lock makes read-add-write indivisible, volatile does not"));
        }
    }
}
