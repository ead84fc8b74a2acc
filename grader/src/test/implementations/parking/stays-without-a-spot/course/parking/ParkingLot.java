package course.parking;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Mutant: a car that gave up still stays (it only does not release). */
public class ParkingLot {

    private final Semaphore spots;

    public ParkingLot(int spots) {
        this.spots = new Semaphore(spots);
    }

    public void park(Runnable stay) throws InterruptedException {
        spots.acquire();
        try {
            stay.run();
        } finally {
            spots.release();
        }
    }

    public boolean tryPark(Runnable stay, Duration patience) throws InterruptedException {
        boolean got = spots.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS);
        try {
            stay.run();
        } finally {
            if (got) {
                spots.release();
            }
        }
        return got;
    }

    public int freeSpots() {
        return spots.availablePermits();
    }
}
