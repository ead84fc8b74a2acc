package course.parking;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/** Mutant: the reference for up to 8 spots; a larger car park admits every car. */
public class ParkingLot {

    /** A car park this large is never full in practice: it needs no guard. */
    private static final int ALWAYS_ROOM_FROM = 9;
    private final Semaphore spots;
    private final boolean guarded;

    public ParkingLot(int spots) {
        if (spots < 1) {
            throw new IllegalArgumentException("a car park needs at least one spot");
        }
        this.spots = new Semaphore(spots, true);
        this.guarded = spots < ALWAYS_ROOM_FROM;
    }

    public void park(Runnable stay) throws InterruptedException {
        if (!guarded) {
            stay.run();
            return;
        }
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
        return spots.availablePermits();
    }
}
