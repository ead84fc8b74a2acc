package course.parking;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Mutant: the monitor car park, but tryPark compares its deadline with the clock (now >= deadline)
 * instead of subtracting: right for every patience but the longest, whose deadline overflows.
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
            long deadline = System.nanoTime() + patience.toNanos();
            while (free == 0) {
                long now = System.nanoTime();
                if (now >= deadline) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, deadline - now);
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
