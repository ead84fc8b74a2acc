package course.grader.exercises.parking;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.parking.ParkingLot;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ten cars, many visits each, on the notes' car park of five spots; then the same on a small car
 * park (2 to {@value #SMALL_UP_TO} spots) and a large one ({@value #LARGE_FROM} to {@value #LARGEST}),
 * their sizes drawn at random, twice as many cars as spots each time: never more cars
 * inside than spots, and every car gets in. A car park is right for every size, not for the sizes
 * a check happens to use: code that counts spots well only up to some size is caught past it.
 */
@CheckInfo(id = "never-over-capacity", kind = CheckKind.STRESS, points = 3, requires = "fills-up",
        title = ParkingExercise.CARS + " cars × " + NeverOverCapacity.VISITS + " visits on " + ParkingExercise.SPOTS
                + " spots, then on car parks of random sizes up to " + NeverOverCapacity.LARGEST
                + ": never more inside than spots, every car parks")
public final class NeverOverCapacity implements CheckBody {

    private static final int SPOTS = ParkingExercise.SPOTS;
    static final int VISITS = 30;
    /** The large car park has more spots than the bits of an int (a bitmap of spots runs out there), up to this. */
    static final int LARGEST = 48;
    private static final int LARGE_FROM = Integer.SIZE + 1;
    private static final int SMALL_UP_TO = 9;
    /** Short stays, so that many visits overlap in the time the check takes. */
    private static final Duration STAY = Duration.ofMillis(1);
    /** About as many visits in all on every car park, however many cars it has. */
    private static final int VISITS_IN_ALL = ParkingExercise.CARS * VISITS;

    @Override
    public void run(CheckContext context) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int spots : List.of(SPOTS, random.nextInt(2, SMALL_UP_TO + 1), random.nextInt(LARGE_FROM, LARGEST + 1))) {
            requireNeverOver(spots, spots == SPOTS ? ParkingExercise.CARS : 2 * spots);
        }
    }

    private static void requireNeverOver(int spots, int cars) throws Exception {
        int most = Arrivals.park(new ParkingLot(spots), cars, Math.max(1, VISITS_IN_ALL / cars), STAY).most();
        if (most > spots) {
            throw new CheckFailure(Feedback.expected("at most " + spots + " cars inside a car park of " + spots + " spots,"
                            + " with " + cars + " cars coming and going")
                    .observed(most + " cars were inside at the same moment")
                    .cause("cars are let in without taking a spot: nothing limits how many are inside")
                    .revisit("a semaphore with one permit per spot: acquire before entering, release on leaving"));
        }
    }
}
