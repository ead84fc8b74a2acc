package course.parking;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Mutant: timed cars wait for a spot one at a time, each holding the entrance for its whole patience. */
public class ParkingLot {

    private final Object entrance = new Object();

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
        synchronized (entrance) {
            if (!spots.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS)) {
                return false;
            }
        }
        try {
            stay.run();
        } finally {
            spots.release();
        }
        return true;
    }

    public int freeSpots() {
        return spots.availablePermits();
    }
}
