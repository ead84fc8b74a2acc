package course.parking;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Wrong: a count of parked cars under a lock, but leaving takes the lock with lockInterruptibly():
 * a stay that ends with its thread interrupted makes park() throw, and the spot is never given back.
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
        stayThenLeave(stay);
    }

    public boolean tryPark(Runnable stay, Duration patience) throws InterruptedException {
        lock.lock();
        try {
            long nanos = patience.toNanos();
            while (parked == capacity) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = spotFreed.awaitNanos(nanos);
            }
            parked++;
        } finally {
            lock.unlock();
        }
        stayThenLeave(stay);
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

    private void stayThenLeave(Runnable stay) throws InterruptedException {
        try {
            stay.run();
        } finally {
            lock.lockInterruptibly(); // a driver asked to stop should not hang around
            try {
                parked--;
                spotFreed.signal();
            } finally {
                lock.unlock();
            }
        }
    }
}
