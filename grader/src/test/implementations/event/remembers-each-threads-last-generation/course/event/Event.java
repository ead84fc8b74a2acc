package course.event;

import java.time.Duration;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Mutant: a waiter compares with the generation its thread saw last, not the one it arrived in. */
public class Event {

    private final Lock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean flag;
    private long generation;
    /** The generation each thread last saw: its first wait starts from the current one. */
    private final ThreadLocal<Long> lastSeen = new ThreadLocal<>();

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
            long arrival = lastSeen.get() == null ? generation : lastSeen.get();
            while (!flag && generation == arrival) {
                changed.await();
            }
            lastSeen.set(generation);
        } finally {
            lock.unlock();
        }
    }

    public boolean await(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long arrival = lastSeen.get() == null ? generation : lastSeen.get();
            long nanos = timeout.toNanos();
            while (!flag && generation == arrival) {
                if (nanos <= 0) {
                    return false;
                }
                nanos = changed.awaitNanos(nanos);
            }
            lastSeen.set(generation);
            return true;
        } finally {
            lock.unlock();
        }
    }
}
