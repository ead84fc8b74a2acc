package course.event;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/** Mutant: set() signals nobody; one virtual thread signals every event's waiters each millisecond. */
public class Event {

    private static final Set<Event> EVENTS = ConcurrentHashMap.newKeySet();

    static {
        Thread.ofVirtual().start(() -> {
            while (true) {
                try {
                    Thread.sleep(1);
                } catch (InterruptedException stop) {
                    return;
                }
                EVENTS.forEach(Event::wakeWaiters);
            }
        });
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private boolean flag;
    private long sets;

    public Event() {
        EVENTS.add(this);
    }

    public void set() {
        lock.lock();
        try {
            flag = true;
            sets++;
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
                changed.await();
            }
        } finally {
            lock.unlock();
        }
    }

    public boolean await(Duration timeout) throws InterruptedException {
        lock.lock();
        try {
            long arrivedAfter = sets;
            long left = timeout.toNanos();
            while (!flag && sets == arrivedAfter) {
                if (left <= 0) {
                    return false;
                }
                left = changed.awaitNanos(left);
            }
            return true;
        } finally {
            lock.unlock();
        }
    }

    private void wakeWaiters() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }
}
