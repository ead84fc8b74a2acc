package course.parking;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutant: a departure signals one waiting car, and a timed car that is woken as its patience ends
 * gives up when awaitNanos says its time is up, without looking whether a spot is free: the one
 * wake-up is spent on a car that leaves, and a car waiting in park() is never woken.
 */
public class ParkingLot {

    private final Lock lock = new ReentrantLock();
    private final Condition spotFreed = lock.newCondition();
    private int free;

    public ParkingLot(int spots) {
        if (spots < 1) {
            throw new IllegalArgumentException("a car park needs at least one spot");
        }
        this.free = spots;
    }

    public void park(Runnable stay) throws InterruptedException {
        lock.lock();
        try {
            while (free == 0) {
                spotFreed.await();
            }
            free--;
        } finally {
            lock.unlock();
        }
        stayThenLeave(stay);
    }

    public boolean tryPark(Runnable stay, Duration patience) throws InterruptedException {
        lock.lock();
        try {
            long left = patience.toNanos();
            while (free == 0) {
                if (left <= 0) {
                    return false;
                }
                left = spotFreed.awaitNanos(left);
                if (left <= 0) {
                    return false;
                }
            }
            free--;
        } finally {
            lock.unlock();
        }
        stayThenLeave(stay);
        return true;
    }

    public int freeSpots() {
        lock.lock();
        try {
            return free;
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
                free++;
                spotFreed.signal();
            } finally {
                lock.unlock();
            }
        }
    }
}
