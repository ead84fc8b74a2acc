package course.parking;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Mutant: the reference, but freeSpots() subtracts the cars queued for a permit. */
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
        if (!spots.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        try {
            stay.run();
        } finally {
            spots.release();
        }
        return true;
    }

    public int freeSpots() {
        return spots.availablePermits() - spots.getQueueLength();
    }
}
