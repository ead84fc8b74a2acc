package course.grader.exercises.deadlock;

import course.grader.api.CheckBody;
import course.grader.api.Exercise;
import java.util.List;

/** {@code deadlock}: break the A/B lock-order cycle; a reentrant mutex of one's own. */
public final class DeadlockExercise implements Exercise {

    @Override
    public String id() {
        return "deadlock";
    }

    @Override
    public String title() {
        return "Deadlock and reentrant locks";
    }

    @Override
    public List<Class<? extends CheckBody>> checks() {
        return List.of(
                EveryCallerFinishes.class,
                WorkIsExclusive.class,
                ANestedCallKeepsTheTools.class,
                EveryCallDoesTheWork.class,
                MutexOnAMonitor.class,
                MutexIsReentrant.class,
                OnlyTheOwnerUnlocks.class,
                InterruptedWaiterKeepsWaiting.class,
                AWaiterOutlastsABargingOwner.class,
                MutexWaitersDoNotSpin.class,
                MutexExcludes.class,
                MutexEverySchedule.class);
    }
}
