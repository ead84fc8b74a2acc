package course.parking;

import java.time.Duration;
import java.util.Set;
import java.util.Timer;
import java.util.TimerTask;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Mutant: nobody signals on departure; a shared Timer looks on a clock and wakes the waiting cars after departures. */
public class ParkingLot {

    private static final Set<ParkingLot> OPEN = ConcurrentHashMap.newKeySet();
    private static final Timer ATTENDANT = new Timer("attendant", true);

    static {
        ATTENDANT.schedule(new TimerTask() {
            @Override
            public void run() {
                OPEN.forEach(ParkingLot::wakeWaitingCars);
            }
        }, 2, 2);
    }

    private final Lock lock = new ReentrantLock();
    private final Condition spotFree = lock.newCondition();
    private int free;
    private long departures;
    private long departuresSeen;

    public ParkingLot(int spots) {
        if (spots < 1) {
            throw new IllegalArgumentException("at least one spot");
        }
        free = spots;
        OPEN.add(this);
    }

    public void park(Runnable stay) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            while (free == 0) {
                spotFree.await();
            }
            free--;
        } finally {
            lock.unlock();
        }
        stayThenLeave(stay);
    }

    public boolean tryPark(Runnable stay, Duration patience) throws InterruptedException {
        lock.lockInterruptibly();
        try {
            long left = patience.toNanos();
            while (free == 0) {
                if (left <= 0) {
                    return false;
                }
                left = spotFree.awaitNanos(left);
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
                departures++;
            } finally {
                lock.unlock();
            }
        }
    }

    private void wakeWaitingCars() {
        lock.lock();
        try {
            if (departures != departuresSeen) {
                departuresSeen = departures;
                spotFree.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }
}
