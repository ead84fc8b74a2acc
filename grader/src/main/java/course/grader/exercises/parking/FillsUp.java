package course.grader.exercises.parking;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.parking.ParkingLot;
import java.time.Duration;

/**
 * Ten cars arrive at once, each staying a while: the car park fills to all 5 spots, rather than
 * letting one car in at a time. Tried three times, since a correct car park can only be unlucky;
 * but cars let in strictly one at a time are not bad luck, and end the tries at once.
 */
@CheckInfo(id = "fills-up", kind = CheckKind.STRESS, points = 2,
        title = ParkingExercise.CARS + " cars arriving at once fill all " + ParkingExercise.SPOTS
                + " spots: the car park is not serialised")
public final class FillsUp implements CheckBody {

    private static final int SPOTS = ParkingExercise.SPOTS;
    private static final int CARS = ParkingExercise.CARS;
    private static final int TRIES = 3;
    /** Each car's stay: long enough for every car to arrive while the first ones are still inside. */
    private static final Duration STAY = Duration.ofMillis(200);

    @Override
    public void run(CheckContext context) throws Exception {
        int most = 0;
        int tries = 0;
        do {
            most = Math.max(most, Arrivals.park(new ParkingLot(SPOTS), CARS, 1, STAY).most());
            tries++;
        } while (most > 1 && most < SPOTS && tries < TRIES);
        if (most < SPOTS) {
            throw new CheckFailure(Feedback.expected(SPOTS + " cars inside at once when " + CARS + " arrive at a car park"
                            + " of " + SPOTS + " spots")
                    .observed("never more than " + most + " inside, in " + tries + (tries == 1 ? " try" : " tries"))
                    .cause("the car park admits fewer cars than it has spots: a semaphore of 1 permit, or a lock"
                            + " around the whole stay")
                    .revisit("a semaphore admits up to n threads at once; a lock admits one"));
        }
    }
}
