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
        title = "10 cars × 30 visits on 5 spots: never more than 5 inside, every car parks")
public final class NeverOverCapacity implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        int most = Arrivals.park(new ParkingLot(5), 10, 30, Duration.ofMillis(1)).most();
        if (most > 5) {
            throw new CheckFailure(Feedback.expected("at most 5 cars inside a car park of 5 spots")
                    .observed(most + " cars were inside at the same moment")
                    .cause("cars are let in without taking a spot: nothing limits how many are inside")
                    .revisit("a semaphore with one permit per spot: acquire before entering, release on leaving"));
        }
    }
}
