package course.parking;

import java.time.Duration;
import java.util.concurrent.Semaphore;

/** Mutant: tryPark checks the free spots, then parks in a second step. */
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
        if (freeSpots() == 0) {
            Thread.sleep(patience);
            if (freeSpots() == 0) {
                return false;
            }
        }
        park(stay);
        return true;
    }

    public int freeSpots() {
        return spots.availablePermits();
    }
}
