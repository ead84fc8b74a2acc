package course.grader.exercises.counter;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Architecture;

/** Account guards its balance with a {@code java.util.concurrent.locks.Lock}: the lesson's mechanism. */
@CheckInfo(id = "uses-a-lock", kind = CheckKind.ARCHITECTURE, points = 1, requires = "one-lock-per-account",
        title = "Account locks and unlocks a java.util.concurrent.locks.Lock")
public final class UsesALock implements CheckBody {

    @Override
    public void run(CheckContext context) throws CheckFailure {
        Architecture.require(context, "course.counter", AccountRules::locksAndUnlocks, violations ->
                Feedback.expected("Account to call lock() and unlock() on a java.util.concurrent.locks.Lock")
                        .observed(violations)
                        .cause("the balance is guarded by something else (volatile, an atomic, synchronized) or by"
                                + " nothing; volatile makes writes visible but does not make read-add-write one step")
                        .revisit("java.util.concurrent.locks.Lock: lock(), then try { … } finally { unlock(); }"));
    }
}
