package course.parking;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong: a car that leaves after tryPark() frees its spot without signalling (only a car that came in
 * by park() signals); waiting cars look again every 150 ms "to be safe", which hides it.
 */
public class ParkingLot {

    private static final long LOOK_AGAIN_MILLIS = 150;

    private final Lock lock = new ReentrantLock();
    private final Condition spotFreed = lock.newCondition();
    private final int capacity;
    private int parked;

    public ParkingLot(int spots) {
        this.capacity = spots;
    }

    public void park(Runnable stay) throws InterruptedException {
        lock.lock();
        try {
            while (parked == capacity) {
                spotFreed.await(LOOK_AGAIN_MILLIS, TimeUnit.MILLISECONDS); // timed, to be safe
            }
            parked++;
        } finally {
            lock.unlock();
        }
        stayThenLeave(stay, true);
    }

    public boolean tryPark(Runnable stay, Duration patience) throws InterruptedException {
        lock.lock();
        try {
            long deadline = System.nanoTime() + patience.toNanos();
            while (parked == capacity) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                spotFreed.awaitNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(LOOK_AGAIN_MILLIS)));
            }
            parked++;
        } finally {
            lock.unlock();
        }
        stayThenLeave(stay, false);
        return true;
    }

    public int freeSpots() {
        lock.lock();
        try {
            return capacity - parked;
        } finally {
            lock.unlock();
        }
    }

    private void stayThenLeave(Runnable stay, boolean waitedForIt) {
        try {
            stay.run();
        } finally {
            lock.lock();
            try {
                parked--;
                if (waitedForIt) {
                    spotFreed.signal();
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
