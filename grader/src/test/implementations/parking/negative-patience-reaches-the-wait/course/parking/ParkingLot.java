package course.parking;

import java.time.Duration;

/**
 * Mutant: the monitor car park, but tryPark hands the patience to the wait without looking whether
 * any is left, so a patience of less than zero reaches timedWait, which throws.
 */
public class ParkingLot {

    private int free;

    public ParkingLot(int spots) {
        if (spots < 1) {
            throw new IllegalArgumentException("a car park needs at least one spot");
        }
        this.free = spots;
    }

    public void park(Runnable stay) throws InterruptedException {
        synchronized (this) {
            while (free == 0) {
                wait();
            }
            free--;
        }
        stayThenLeave(stay);
    }

    public boolean tryPark(Runnable stay, Duration patience) throws InterruptedException {
        synchronized (this) {
            long left = patience.toNanos();
            long deadline = System.nanoTime() + left;
            while (free == 0) {
                if (left == 0) {
                    return false; // no patience: only look
                }
                wait(left / 1_000_000, (int) (left % 1_000_000));
                left = Math.max(0, deadline - System.nanoTime());
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
