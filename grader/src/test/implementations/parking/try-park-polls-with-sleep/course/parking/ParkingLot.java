package course.parking;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/**
 * Mutant: tryPark polls: tryAcquire() without waiting, then Thread.sleep(5) and look again until
 * the patience is over. It works, late and by luck.
 */
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
        long deadline = System.nanoTime() + patience.toNanos();
        while (!spots.tryAcquire()) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.sleep(5); // look again in a moment
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
