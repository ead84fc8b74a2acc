package course.event;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Mutant: clear() without the lock, as clear-without-the-lock, and a spare lock a thread of the
 * event's holds for ever: the grader cannot take every lock of the event, which once left the check
 * without a verdict.
 */
public class Event {

    /** "For the audit": a lock a keeper thread holds for the event's whole life. */
    private final Lock audit = new ReentrantLock();
    private final Lock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean flag;
    private long generation;

    public Event() {
        CountDownLatch kept = new CountDownLatch(1);
        Thread keeper = new Thread(() -> {
            audit.lock();
            kept.countDown();
            LockSupport.park();
        });
        keeper.setDaemon(true);
        keeper.start();
        try {
            kept.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

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
        flag = false;
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
