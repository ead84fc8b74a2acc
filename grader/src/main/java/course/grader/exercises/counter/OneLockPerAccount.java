package course.grader.exercises.counter;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Architecture;

/** The lock is created once, with the account: a lock made per call excludes nobody. */
@CheckInfo(id = "one-lock-per-account", kind = CheckKind.ARCHITECTURE, points = 1,
        title = "The lock is created once per account, not on every call")
public final class OneLockPerAccount implements CheckBody {

    @Override
    public void run(CheckContext context) throws CheckFailure {
        Architecture.require(context, "course.counter", AccountRules.createsItsLockWhenConstructed(), violations ->
                Feedback.expected("one lock, created with the account (in a field or the constructor)")
                        .observed(violations)
                        .cause("each call locks a lock nobody else has, so no two threads ever exclude each other")
                        .revisit("a lock protects state only if every thread that touches it uses the same lock"));
    }
}
