package course.grader.exercises.event;

import course.grader.api.Capability;
import course.grader.api.CheckBody;
import course.grader.api.Exercise;
import java.util.List;
import java.util.Set;

/** {@code event}: the boss sets, the workers wait; on a Lock and a Condition. */
public final class EventExercise implements Exercise {

    @Override
    public String id() {
        return "event";
    }

    @Override
    public String title() {
        return "An event on a lock and a condition";
    }

    @Override
    public List<Class<? extends CheckBody>> checks() {
        return List.of(WaitsOnACondition.class, SetWakesAWaiter.class, SetWakesEveryWaiter.class, SetWakesWaitersWhileAnotherThreadClears.class,
                NewcomerLeavesTheWokenAwake.class, AReturningWaiterWaitsForTheNextSet.class,
                SetBeforeAwaitDoesNotBlock.class, TimedAwaitGivesUp.class,
                SetJustBeforeTheTimeoutIsSeen.class,
                WaitersDoNotSpin.class, InterruptedAwaitThrows.class, InterruptRacingSetIsKept.class,
                WaitersIgnoreSpuriousWakeUps.class, SetRacingAwaitIsNeverLost.class, IsSetSeesOtherThreads.class,
                ClearWritesUnderTheLock.class, WaitersSleepInACondition.class, EverySchedule.class);
    }

    /** The clock: its timed await reckons a deadline. */
    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.CLOCK);
    }
}
