package course.event;

import java.time.Duration;
import java.util.concurrent.Phaser;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Mutant: the waiting is done by a Phaser; the condition is a decoy nobody waits on. */
public class Event {

    private final Lock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Phaser sets = new Phaser(1);
    private boolean flag;
    private int decoyWaiters;

    public void set() {
        lock.lock();
        try {
            flag = true;
            sets.arrive();
            changed.signalAll();
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
        int arrival;
        lock.lock();
        try {
            if (flag) {
                return;
            }
            while (decoyWaiters > 0) {
                changed.await();
            }
            arrival = sets.getPhase();
        } finally {
            lock.unlock();
        }
        sets.awaitAdvanceInterruptibly(arrival);
    }

    public boolean await(Duration timeout) throws InterruptedException {
        int arrival;
        lock.lock();
        try {
            if (flag) {
                return true;
            }
            while (decoyWaiters > 0) {
                changed.await();
            }
            arrival = sets.getPhase();
        } finally {
            lock.unlock();
        }
        if (timeout.isNegative() || timeout.isZero()) {
            return false;
        }
        try {
            sets.awaitAdvanceInterruptibly(arrival, timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException timedOut) {
            return false;
        }
    }
}
