package course.parking;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/** A car park with no spots at all: nobody ever parks; freeSpots lies. */
public class ParkingLot {
    private final Semaphore none = new Semaphore(0);
    private final int spots;

    public ParkingLot(int spots) {
        this.spots = spots;
    }

    public void park(Runnable stay) throws InterruptedException {
        none.acquire();
        try {
            stay.run();
        } finally {
            none.release();
        }
    }

    public boolean tryPark(Runnable stay, Duration patience) throws InterruptedException {
        if (!none.tryAcquire(patience.toNanos(), java.util.concurrent.TimeUnit.NANOSECONDS)) {
            return false;
        }
        try {
            stay.run();
        } finally {
            none.release();
        }
        return true;
    }

    public int freeSpots() {
        return spots;
    }
}
