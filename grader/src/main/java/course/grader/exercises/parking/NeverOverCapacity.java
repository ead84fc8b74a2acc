package course.grader.exercises.parking;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.parking.ParkingLot;
import java.time.Duration;

/** Ten cars, many visits each: never more cars inside than spots, and every car gets in. */
@CheckInfo(id = "never-over-capacity", kind = CheckKind.STRESS, points = 3, requires = "fills-up",
        title = ParkingExercise.CARS + " cars × " + NeverOverCapacity.VISITS + " visits on " + ParkingExercise.SPOTS
                + " spots: never more than " + ParkingExercise.SPOTS + " inside, every car parks")
public final class NeverOverCapacity implements CheckBody {

    private static final int SPOTS = ParkingExercise.SPOTS;
    static final int VISITS = 30;
    /** Short stays, so that many visits overlap in the time the check takes. */
    private static final Duration STAY = Duration.ofMillis(1);

    @Override
    public void run(CheckContext context) throws Exception {
        int most = Arrivals.park(new ParkingLot(SPOTS), ParkingExercise.CARS, VISITS, STAY).most();
        if (most > SPOTS) {
            throw new CheckFailure(Feedback.expected("at most " + SPOTS + " cars inside a car park of " + SPOTS + " spots")
                    .observed(most + " cars were inside at the same moment")
                    .cause("cars are let in without taking a spot: nothing limits how many are inside")
                    .revisit("a semaphore with one permit per spot: acquire before entering, release on leaving"));
        }
    }
}
