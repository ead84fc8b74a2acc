package course.parking;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** A correct alternative: a count of free spots guarded by the object's own monitor. */
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
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(this, left);
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
