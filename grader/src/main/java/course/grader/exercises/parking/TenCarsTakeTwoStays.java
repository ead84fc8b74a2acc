package course.grader.exercises.parking;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Stopwatch;
import course.parking.ParkingLot;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ten cars staying d each on 5 spots park in two waves: about 2 d in all, against a baseline of one
 * car alone (median of three) measured in the same run. One car at a time would take 10 d; the
 * verdict's threshold sits far from both, and a correct car park gets three tries.
 */
@CheckInfo(id = "ten-cars-take-two-stays", kind = CheckKind.TIMING, points = 2, requires = "fills-up",
        title = ParkingExercise.CARS + " cars × d on " + ParkingExercise.SPOTS + " spots take about "
                + ParkingExercise.CARS / ParkingExercise.SPOTS + " d, not " + ParkingExercise.CARS + " d")
public final class TenCarsTakeTwoStays implements CheckBody {

    private static final int SPOTS = ParkingExercise.SPOTS;
    private static final int CARS = ParkingExercise.CARS;
    private static final Duration STAY = Duration.ofMillis(150);
    /** Between the 2 stays of a car park that admits 5 at once and the 10 of one that admits 1. */
    private static final double MAX_RATIO = 4.0;
    private static final int TRIES = 3;
    /** One car alone is timed this many times, and the median kept. */
    private static final int BASELINE_RUNS = 3;

    @Override
    public void run(CheckContext context) throws Exception {
        Duration alone = Stopwatch.median(BASELINE_RUNS, () -> Arrivals.park(new ParkingLot(SPOTS), 1, 1, STAY));
        double ratio = Double.NaN;
        AtomicInteger mostInside = new AtomicInteger();
        for (int attempt = 0; attempt < TRIES; attempt++) {
            ratio = Stopwatch.ratio(Stopwatch.time(
                    () -> mostInside.set(Arrivals.park(new ParkingLot(SPOTS), CARS, 1, STAY).most())), alone);
            if (mostInside.get() > 1 && ratio <= MAX_RATIO) {
                break;
            }
        }
        context.measure(CARS + " cars / 1 car", ratio, "ratio");
        // On a machine so loaded that one car alone takes far longer than its stay, one car at a time
        // could come under the ratio; it still never has two cars inside at once.
        if (mostInside.get() <= 1 || ratio > MAX_RATIO) {
            throw new CheckFailure(Feedback.expected(String.format(Locale.ROOT,
                            "%d cars on %d spots to take about %d × one car's stay (one car alone: %d ms)", CARS, SPOTS,
                            CARS / SPOTS, alone.toMillis()))
                    .observed(String.format(Locale.ROOT, "%.1f × one car's stay, with at most %d car(s) inside at once",
                            ratio, mostInside.get()))
                    .cause("cars are let in fewer at a time than there are spots")
                    .revisit("a semaphore of n permits lets n threads proceed together"));
        }
    }
}
