package course.parking;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/** Mutant: tryPark ignores its patience and waits for a spot with acquire(). */
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
        spots.acquire();
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
