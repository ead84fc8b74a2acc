package course.event;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Mutant: every timed waiter keeps its deadline in one field of the event; the last to arrive sets it for all. */
public class Event {

    private final Lock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean flag;
    private long deadline;
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
            deadline = System.nanoTime() + timeout.toNanos();
            while (!flag && generation == arrival) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
