package course.parking;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Mutant: a car that gave up still gives a spot back. */
public class ParkingLot {

    private final Semaphore spots;

    public ParkingLot(int spots) {
        if (spots < 1) {
            throw new IllegalArgumentException("a car park needs at least one spot");
        }
        this.spots = new Semaphore(spots, true);
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
        boolean parked = spots.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS);
        try {
            if (parked) {
                stay.run();
            }
        } finally {
            spots.release();
        }
        return parked;
    }

    public int freeSpots() {
        return spots.availablePermits();
    }
}
