package course.grader.exercises.parking;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Stopwatch;
import course.grader.harness.ThreadGang;
import course.parking.ParkingLot;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * With the only spot taken, a car with 300 ms of patience gives up after about 300 ms without
 * parking; once the spot is free, a patient car parks.
 */
@CheckInfo(id = "timed-try-gives-up", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "tryPark gives up after its patience when the car park is full, and parks when it is not")
public final class TimedTryGivesUp implements CheckBody {

    private static final Duration PATIENCE = Duration.ofMillis(300);
    private static final Duration LATE = Duration.ofSeconds(3);

    @Override
    public void run(CheckContext context) throws Exception {
        ParkingLot lot = new ParkingLot(1);
        CountDownLatch parked = new CountDownLatch(1);
        CountDownLatch mayLeave = new CountDownLatch(1);
        ThreadGang occupant = ThreadGang.start("occupant", 1, index -> lot.park(() -> {
            parked.countDown();
            awaitQuietly(mayLeave);
        }));
        occupant.await(parked, Duration.ofSeconds(3));
        AtomicBoolean stayed = new AtomicBoolean();
        boolean[] result = new boolean[1];
        Duration waited = Stopwatch.time(() -> result[0] = lot.tryPark(() -> stayed.set(true), PATIENCE));
        mayLeave.countDown();
        occupant.join(Duration.ofSeconds(3));
        if (result[0] || stayed.get()) {
            throw new CheckFailure(Feedback.expected("tryPark to return false, without running the stay, when the only"
                            + " spot stays taken")
                    .observed("it returned " + result[0] + (stayed.get() ? " and ran the stay" : ""))
                    .cause("the car parks without a spot, or the result of the timed acquire is ignored")
                    .revisit("tryAcquire(timeout) returns whether a permit was taken: act on it"));
        }
        if (waited.compareTo(PATIENCE.minusMillis(20)) < 0 || waited.compareTo(PATIENCE.plus(LATE)) > 0) {
            throw new CheckFailure(Feedback.expected("tryPark to give up after its patience of " + PATIENCE.toMillis() + " ms")
                    .observed("it gave up after " + waited.toMillis() + " ms")
                    .cause(waited.compareTo(PATIENCE) < 0 ? "it does not wait at all" : "it waits far longer than asked")
                    .revisit("a timed wait: tryAcquire(patience) instead of acquire()"));
        }
        boolean parkedLater = lot.tryPark(() -> stayed.set(true), Duration.ofSeconds(2));
        if (!parkedLater || !stayed.get() || lot.freeSpots() != 1) {
            throw new CheckFailure(Feedback.expected("a patient car to park once the spot is free, and leave it free")
                    .observed("tryPark returned " + parkedLater + ", the stay " + (stayed.get() ? "ran" : "did not run")
                            + ", " + lot.freeSpots() + " spot(s) free afterwards")
                    .cause("a car that gave up changed the count of spots, or tryPark forgets to release")
                    .revisit("release only what was acquired, always in finally"));
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
