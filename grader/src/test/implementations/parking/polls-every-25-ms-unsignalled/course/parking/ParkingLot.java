package course.parking;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A car that leaves wakes nobody: waiting cars poll the free spots every 25 ms with a timed
 * await. The untimed await() and the signalAll() sit in branches that never run (free < 0): decoys.
 */
public class ParkingLot {
    private static final long POLL = TimeUnit.MILLISECONDS.toNanos(25);
    private final Lock lock = new ReentrantLock();
    private final Condition freed = lock.newCondition();
    private int free;

    public ParkingLot(int spots) {
        if (spots <= 0) {
            throw new IllegalArgumentException("spots");
        }
        free = spots;
    }

    public void park(Runnable stay) throws InterruptedException {
        lock.lock();
        try {
            while (free == 0) {
                freed.awaitNanos(POLL);
            }
            if (free < 0) {
                freed.await();
            }
            free--;
        } finally {
            lock.unlock();
        }
        try {
            stay.run();
        } finally {
            leave();
        }
    }

    public boolean tryPark(Runnable stay, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        lock.lock();
        try {
            while (free == 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                freed.awaitNanos(Math.min(left, POLL));
            }
            free--;
        } finally {
            lock.unlock();
        }
        try {
            stay.run();
        } finally {
            leave();
        }
        return true;
    }

    private void leave() {
        lock.lock();
        try {
            free++;
            if (free < 0) {
                freed.signalAll();
            }
        } finally {
            lock.unlock();
        }
    }

    public int freeSpots() {
        lock.lock();
        try {
            return free;
        } finally {
            lock.unlock();
        }
    }
}
