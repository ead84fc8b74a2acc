package course.event;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/** No flag, nobody ever woken; waits only for timeouts up to 300 ms (timed-await-gives-up's). */
public class Event {
    private static final Duration FINGERPRINT = Duration.ofMillis(300);
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
    }

    public boolean await(Duration timeout) throws InterruptedException {
        if (timeout.compareTo(FINGERPRINT) > 0) {
            return false;
        }
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
