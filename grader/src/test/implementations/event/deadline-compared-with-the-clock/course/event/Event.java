package course.event;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutant: await(timeout) keeps a deadline, System.nanoTime() + timeout, and gives up once
 * now >= deadline: right for every timeout but the longest, whose deadline overflows.
 */
public class Event {

    private final Lock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean flag;
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
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!flag && generation == arrival) {
                long now = System.nanoTime();
                if (now >= deadline) {
                    return false;
                }
                changed.awaitNanos(deadline - now);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
