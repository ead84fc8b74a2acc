package course.event;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.StampedLock;

/**
 * Mutant: flag-checked-outside-the-lock beside a StampedLock it never uses: the grader cannot hold
 * a StampedLock and still call the event, so it holds the reentrant lock alone, and provokes the
 * lost wake-up all the same.
 */
public class Event {

    private final Lock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    /** For "optimistic reads", one day. */
    private final StampedLock optimistic = new StampedLock();
    private volatile boolean flag;
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
        if (flag) {
            return;
        }
        lock.lock();
        try {
            long arrival = generation;
            while (generation == arrival) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    public boolean await(Duration timeout) throws InterruptedException {
        if (flag) {
            return true;
        }
        lock.lock();
        try {
            long arrival = generation;
            long nanos = timeout.toNanos();
            while (generation == arrival) {
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
