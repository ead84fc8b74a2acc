package course.grader.exercises.parking;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.harness.Visibility;
import course.parking.ParkingLot;

/**
 * freeSpots() answers "as seen by any thread": a thread that keeps asking it while the car park of
 * one spot is full sees the spot come free once the car has left ({@link Visibility}: the loop is
 * compiled before the car leaves, so a count read without the lock from a plain field may never
 * change for it).
 */
@CheckInfo(id = "free-spots-seen-by-every-thread", kind = CheckKind.FUNCTIONAL, points = 1, requires = "fills-up",
        title = "A thread polling freeSpots() sees a spot come free when a car leaves", timeLimitSeconds = 20)
public final class FreeSpotsSeenByEveryThread implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        ParkingLot lot = new ParkingLot(1);
        Occupants occupant = Occupants.fill(lot, 1);
        if (!Visibility.pollerSees(lot::freeSpots, 0, occupant::close)) {
            throw Visibility.neverSeen("a thread calling freeSpots() in a loop to see the spot come free once the car"
                            + " in it has left", "the car had left, and " + Visibility.BOUND.toSeconds() + " s later the"
                            + " reader still saw 0 free spots", "freeSpots()", "the count of cars",
                    "read the count under the lock the other methods change it under, or ask the semaphore"
                            + " (availablePermits())");
        }
    }
}
