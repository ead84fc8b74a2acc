package course.parking;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong: a car that leaves after tryPark() frees its spot without signalling (only a car that came in
 * by park() signals): a car waiting in park() sleeps on beside the free spot.
 */
public class ParkingLot {

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
                spotFreed.await();
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
                spotFreed.awaitNanos(left);
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
