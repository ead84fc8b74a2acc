package course.event;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** Never wakes anyone: set() does nothing, await() waits forever, await(t) waits t and says false. */
public class Event {
    private final Lock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Semaphore unused = new Semaphore(1);

    public void set() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    public void clear() {
    }

    public boolean isSet() {
        return false;
    }

    public void await() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    public boolean await(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long left = timeout.toNanos();
            while (left > 0) {
                left = changed.awaitNanos(left);
            }
            return false;
        } finally {
            lock.unlock();
        }
    }
}
