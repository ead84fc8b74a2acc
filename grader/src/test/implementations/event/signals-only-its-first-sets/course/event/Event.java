package course.event;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Mutant: only the first five set() calls of an event signal; waiters look again every 30 ms. */
public class Event {

    private static final int SIGNALLED_SETS = 5;
    private static final long LOOK_EVERY = TimeUnit.MILLISECONDS.toNanos(30);
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition raised = lock.newCondition();
    private boolean flag;
    private long sets;

    public void set() {
        lock.lock();
        try {
            flag = true;
            if (++sets <= SIGNALLED_SETS) {
                raised.signalAll();
            }
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
            long arrivedAfter = sets;
            while (!flag && sets == arrivedAfter) {
                raised.awaitNanos(LOOK_EVERY);
            }
        } finally {
            lock.unlock();
        }
    }

    public boolean await(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            long arrivedAfter = sets;
            while (!flag && sets == arrivedAfter) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                raised.awaitNanos(Math.min(left, LOOK_EVERY));
            }
            return true;
        } finally {
            lock.unlock();
        }
    }
}
