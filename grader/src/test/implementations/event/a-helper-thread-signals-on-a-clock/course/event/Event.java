package course.event;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutant: set() raises the flag and wakes nobody. While anyone waits, a helper thread of the
 * event polls the generation every 2 ms (a timed wait on a condition of its own) and signals the
 * waiters when it changed. The waiters block untimed: they wake once per set(), so the measured
 * threads neither spin nor poll; the polling thread is not measured.
 */
public class Event {

    private static final long TICK = TimeUnit.MILLISECONDS.toNanos(2);
    private final Lock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Condition tick = lock.newCondition();
    private boolean flag;
    private long generation;
    private long seen;
    private int waiting;
    private boolean ticking;

    public void set() {
        lock.lock();
        try {
            flag = true;
            generation++;
        } finally {
            lock.unlock();
        }
    }

    public void clear() {
        lock.lock();
        try {
            flag = false;
        } finally {
            lock.unlock();
        }
    }

    public boolean isSet() {
        lock.lock();
        try {
            return flag;
        } finally {
            lock.unlock();
        }
    }

    public void await() throws InterruptedException {
        lock.lock();
        try {
            long arrival = generation;
            waiting++;
            try {
                startTicker();
                while (!flag && generation == arrival) {
                    changed.await();
                }
            } finally {
                waiting--;
            }
        } finally {
            lock.unlock();
        }
    }

    public boolean await(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long arrival = generation;
            long nanos = timeout.toNanos();
            waiting++;
            try {
                startTicker();
                while (!flag && generation == arrival) {
                    if (nanos <= 0) {
                        return false;
                    }
                    nanos = changed.awaitNanos(nanos);
                }
                return true;
            } finally {
                waiting--;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock. */
    private void startTicker() {
        if (ticking) {
            return;
        }
        ticking = true;
        seen = generation;
        Thread ticker = new Thread(this::tickWhileAnyoneWaits);
        ticker.setDaemon(true);
        ticker.start();
    }

    private void tickWhileAnyoneWaits() {
        lock.lock();
        try {
            while (waiting > 0) {
                if (generation != seen) {
                    seen = generation;
                    changed.signalAll();
                }
                tick.awaitNanos(TICK);
            }
        } catch (InterruptedException e) {
            // end
        } finally {
            ticking = false;
            lock.unlock();
        }
    }
}
