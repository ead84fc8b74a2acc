package course.parking;

import java.time.Duration;

/** Mutant: the waits are guarded by if, so any wake-up lets the car in. */
public class ParkingLot {

    private int free;

    public ParkingLot(int spots) {
        this.free = spots;
    }

    public void park(Runnable stay) throws InterruptedException {
        synchronized (this) {
            if (free == 0) {
                wait();
            }
            free--;
        }
        stayThenLeave(stay);
    }

    public boolean tryPark(Runnable stay, Duration patience) throws InterruptedException {
        synchronized (this) {
            if (free == 0) {
                wait(Math.max(1, patience.toMillis()));
                if (free == 0) {
                    return false;
                }
            }
            free--;
        }
        stayThenLeave(stay);
        return true;
    }

    public synchronized int freeSpots() {
        return free;
    }

    private void stayThenLeave(Runnable stay) {
        try {
            stay.run();
        } finally {
            synchronized (this) {
                free++;
                notifyAll();
            }
        }
    }
}
