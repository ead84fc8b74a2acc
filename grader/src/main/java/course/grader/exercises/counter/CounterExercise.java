package course.grader.exercises.counter;

import course.grader.api.CheckBody;
import course.grader.api.Exercise;
import java.util.List;

/** {@code counter}: a balance guarded by one lock, held only around the critical section. */
public final class CounterExercise implements Exercise {

    @Override
    public String id() {
        return "counter";
    }

    @Override
    public String title() {
        return "Shared state behind a lock";
    }

    @Override
    public List<Class<? extends CheckBody>> checks() {
        return List.of(
                OneThreadKeepsTheBalance.class,
                UsesALock.class,
                OneLockPerAccount.class,
                RefusalReleasesLock.class,
                RefusalsAtTheEdges.class,
                CallsWaitForTheLock.class,
                ExactBalance.class,
                WholeBalanceWithdrawnOnce.class,
                BalanceSeesEveryDeposit.class,
                NoLostUpdate.class,
                LockGranularity.class,
                DepositComputedOnce.class,
                EverySchedule.class);
    }
}
