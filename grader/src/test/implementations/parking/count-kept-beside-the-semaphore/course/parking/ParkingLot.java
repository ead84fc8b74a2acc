package course.parking;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Mutant: a volatile count of free spots beside the semaphore, changed with -- and ++ outside any lock. */
public class ParkingLot {

    private final Semaphore spots;
    private volatile int free;

    public ParkingLot(int spots) {
        if (spots < 1) {
            throw new IllegalArgumentException("a car park needs at least one spot");
        }
        this.spots = new Semaphore(spots, true);
        this.free = spots;
    }

    public void park(Runnable stay) throws InterruptedException {
        spots.acquire();
        stayCounted(stay);
    }

    public boolean tryPark(Runnable stay, Duration patience) throws InterruptedException {
        if (!spots.tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS)) {
            return false;
        }
        stayCounted(stay);
        return true;
    }

    private void stayCounted(Runnable stay) {
        free--;
        try {
            stay.run();
        } finally {
            free++;
            spots.release();
        }
    }

    public int freeSpots() {
        return free;
    }
}
