package course.grader.exercises.parking;

import course.grader.api.Capability;
import course.grader.api.CheckBody;
import course.grader.api.Exercise;
import java.util.List;
import java.util.Set;

/** {@code parking}: a semaphore as a car park of 5 spots for 10 cars. */
public final class ParkingExercise implements Exercise {

    /** The notes' car park: its spots, and the cars that arrive at it at once. */
    static final int SPOTS = 5;
    static final int CARS = 10;

    @Override
    public String id() {
        return "parking";
    }

    @Override
    public String title() {
        return "A semaphore as a car park";
    }

    @Override
    public List<Class<? extends CheckBody>> checks() {
        return List.of(
                NeverOverCapacity.class,
                FillsUp.class,
                FreeSpotsSeenByEveryThread.class,
                SpotReturnedWhenAStayFails.class,
                TimedTryGivesUp.class,
                CapacityStaysExact.class,
                TenCarsTakeTwoStays.class,
                InterruptedCarLeavesNoTrace.class,
                TimedTryUnderTraffic.class,
                FreedSpotReachesAWaitingCar.class,
                SpotsFreedTogether.class,
                LastSpotGoesToOneCar.class,
                WaitingCarsDoNotSpin.class,
                CarsWaitWithoutPolling.class,
                EverySchedule.class);
    }

    /** The clock: its timed tryPark reckons a deadline. */
    @Override
    public Set<Capability> capabilities() {
        return Set.of(Capability.CLOCK);
    }
}
