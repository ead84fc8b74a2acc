package course.event;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutant: set() signals nobody: every waiter wakes each millisecond from a timed await and looks
 * at the generation again. It works, by polling.
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
                changed.await(1, TimeUnit.MILLISECONDS);
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
            long deadline = System.nanoTime() + nanos;
            while (!flag && generation == arrival) {
                if (nanos <= 0) {
                    return false;
                }
                changed.awaitNanos(Math.min(nanos, TimeUnit.MILLISECONDS.toNanos(1)));
                nanos = deadline - System.nanoTime();
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
