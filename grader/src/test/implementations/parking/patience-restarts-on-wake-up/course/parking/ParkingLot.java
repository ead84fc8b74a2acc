package course.parking;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Mutant: each wake-up of tryPark waits for the full patience again. */
public class ParkingLot {

    private final Lock lock = new ReentrantLock();
    private final Condition spotFreed = lock.newCondition();
    private int free;

    public ParkingLot(int spots) {
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
            while (free == 0) {
                if (!spotFreed.await(patience.toNanos(), TimeUnit.NANOSECONDS)) {
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
                spotFreed.signalAll();
            } finally {
                lock.unlock();
            }
        }
    }
}
