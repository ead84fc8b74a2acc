package course.parking;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Mutant: park() cars first, each counted as waiting until it runs, so a second departure can signal it again. */
public class ParkingLot {

    private final Lock lock = new ReentrantLock();
    private final Condition parkCars = lock.newCondition();
    private final Condition tryParkCars = lock.newCondition();
    private int free;
    private int parkCarsWaiting;

    public ParkingLot(int spots) {
        if (spots < 1) {
            throw new IllegalArgumentException("at least one spot");
        }
        free = spots;
    }

    public void park(Runnable stay) throws InterruptedException {
        lock.lock();
        try {
            parkCarsWaiting++;
            try {
                while (free == 0) {
                    parkCars.await();
                }
            } finally {
                parkCarsWaiting--;
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
                left = tryParkCars.awaitNanos(left);
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
                if (parkCarsWaiting > 0) {
                    parkCars.signal();
                } else {
                    tryParkCars.signal();
                }
            } finally {
                lock.unlock();
            }
        }
    }
}
