package course.event;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutant: clear() lowers the plain flag under a lock of its own, not the one isSet() and await()
 * read it under: one lock's unlock orders nothing before another lock's lock, so a reader may
 * still see the flag raised.
 */
public class Event {

    private final Lock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean flag;
    /** clear() has a lock of its own: "clearing never has to wait for the waiters". */
    private final Lock clearing = new ReentrantLock();
    private long generation;

    public void set() {
        lock.lock();
        try {
            flag = true;
            generation++;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void clear() {
        clearing.lock();
        try {
            flag = false;
        } finally {
            clearing.unlock();
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
            while (!flag && generation == arrival) {
                changed.await();
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
            while (!flag && generation == arrival) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
