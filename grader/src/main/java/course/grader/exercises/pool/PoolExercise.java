package course.grader.exercises.pool;

import course.grader.api.CheckBody;
import course.grader.api.Exercise;
import java.util.List;

/** {@code pool}: a fixed pool of worker threads over a blocking queue. */
public final class PoolExercise implements Exercise {

    @Override
    public String id() {
        return "pool";
    }

    @Override
    public String title() {
        return "A fixed pool of worker threads";
    }

    @Override
    public List<Class<? extends CheckBody>> checks() {
        return List.of(BuiltFromThreads.class, NeverMoreThanNAtOnce.class, SubmitNeverBlocks.class,
                MapKeepsInputOrder.class, MapRunsTheCallsAtOnce.class, MapThrowsTheFirstFailureInInputOrder.class,
                ExceptionReachesTheCaller.class, AnErrorSparesThePool.class, AnInterruptLeftByATaskSparesTheWorker.class,
                CloseRefusesWork.class,
                EveryCallBeforeAndAfterClose.class, SubmitRacingClose.class, EverySchedule.class,
                JoinWaitsAndWorkersEnd.class,
                CloseLetsRunningTasksFinish.class,
                JoinWaitsWhileWorkRemains.class, JoinThrowsWhenInterrupted.class, ATaskSubmittingDuringJoinIsRefused.class,
                IdleThreadsDoNotSpin.class);
    }
}
