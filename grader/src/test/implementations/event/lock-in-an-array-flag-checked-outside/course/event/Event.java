package course.event;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutant: flag-checked-outside-the-lock, the lock kept in a one-element array: the grader finds
 * and holds it there as in a field, and the lost wake-up is provoked all the same.
 */
public class Event {

    private final Lock[] lock = {new ReentrantLock()};
    private final Condition changed = lock[0].newCondition();
    private volatile boolean flag;
    private long generation;

    public void set() {
        lock[0].lock();
        try {
            flag = true;
            generation++;
            changed.signalAll();
        } finally {
            lock[0].unlock();
        }
    }

    public void clear() {
        lock[0].lock();
        try {
            flag = false;
        } finally {
            lock[0].unlock();
        }
    }

    public boolean isSet() {
        lock[0].lock();
        try {
            return flag;
        } finally {
            lock[0].unlock();
        }
    }

    public void await() throws InterruptedException {
        if (flag) {
            return;
        }
        lock[0].lock();
        try {
            long arrival = generation;
            while (generation == arrival) {
                changed.await();
            }
        } finally {
            lock[0].unlock();
        }
    }

    public boolean await(Duration timeout) throws InterruptedException {
        if (flag) {
            return true;
        }
        lock[0].lock();
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
            lock[0].unlock();
        }
    }
}
