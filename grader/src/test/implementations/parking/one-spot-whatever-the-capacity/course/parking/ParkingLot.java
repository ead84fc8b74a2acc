package course.parking;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** A car park of ONE spot, whatever its capacity: no car ever parks beside another. */
public class ParkingLot {
    private final int spots;
    private final Semaphore spot = new Semaphore(1, true);

    public ParkingLot(int spots) {
        if (spots <= 0) {
            throw new IllegalArgumentException("spots");
        }
        this.spots = spots;
    }

    public void park(Runnable stay) throws InterruptedException {
        spot.acquire();
        try {
            stay.run();
        } finally {
            spot.release();
        }
    }

    public boolean tryPark(Runnable stay, Duration patience) throws InterruptedException {
        if (!spot.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        try {
            stay.run();
        } finally {
            spot.release();
        }
        return true;
    }

    public int freeSpots() {
        return spots - 1 + spot.availablePermits();
    }
}
