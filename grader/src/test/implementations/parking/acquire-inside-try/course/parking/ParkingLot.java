package course.parking;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Mutant: the acquire is inside the try, so an interrupted acquire still releases. */
public class ParkingLot {

    private final Semaphore spots;

    public ParkingLot(int spots) {
        this.spots = new Semaphore(spots);
    }

    public void park(Runnable stay) throws InterruptedException {
        try {
            spots.acquire();
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
        return spots.availablePermits();
    }
}
