package course.parking;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutant: a leaving car signals only when the car park was full. When two cars leave before a woken
 * car runs, the second finds it not full and signals nobody: a car waits beside a free spot.
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

    private void stayThenLeave(Runnable stay) {
        try {
            stay.run();
        } finally {
            lock.lock();
            try {
                if (parked-- == capacity) {
                    spotFreed.signal();
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
