package course.grader.harness;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.Lock;

/**
 * Wake-ups that satisfy nothing, delivered to whatever a student's object waits on
 * ({@link StudentLocks}): every {@code Condition} is signalled under each {@link Lock}, every
 * monitor notified. The JDK allows {@code Object.wait} and
 * {@code Condition.await} to return spuriously; a guarded wait checks its condition again in a
 * {@code while} loop, and a timed one waits only for the time left. This is how a check makes
 * that happen on purpose, rather than hoping the platform does.
 *
 * <pre>{@code
 * try (SpuriousWakeUps wakeUps = SpuriousWakeUps.every(Duration.ofMillis(10), lot)) {
 *     ... // threads waiting in lot are woken every 10 ms without anything they wait for
 * }
 * }</pre>
 */
public final class SpuriousWakeUps implements AutoCloseable {

    /** How long one delivery waits to take a lock a student thread holds before it skips that lock. */
    private static final Duration LOCK_PATIENCE = Duration.ofMillis(20);

    private final StudentLocks found;
    private final Thread deliverer;
    private volatile boolean closed;

    private SpuriousWakeUps(Duration period, Object target) {
        found = StudentLocks.of(target);
        deliverer = new Thread(() -> deliverEvery(period), "spurious-wake-ups");
        deliverer.setDaemon(true);
        deliverer.start();
    }

    /** Starts waking whatever {@code target} waits on every {@code period}, until closed. */
    public static SpuriousWakeUps every(Duration period, Object target) {
        return new SpuriousWakeUps(period, target);
    }

    private void deliverEvery(Duration period) {
        while (!closed) {
            found.monitors().forEach(SpuriousWakeUps::notifyAllOn);
            if (!found.conditions().isEmpty()) {
                found.locks().forEach(this::signalAllUnder);
            }
            try {
                Thread.sleep(period);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void notifyAllOn(Object monitor) {
        synchronized (monitor) {
            monitor.notifyAll();
        }
    }

    /** Signals, under {@code lock}, every condition that belongs to it; the others refuse with IllegalMonitorStateException. */
    private void signalAllUnder(Lock lock) {
        try {
            if (!lock.tryLock(LOCK_PATIENCE.toNanos(), TimeUnit.NANOSECONDS)) {
                return;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            for (Condition condition : found.conditions()) {
                try {
                    condition.signalAll();
                } catch (IllegalMonitorStateException notThisLocksCondition) {
                    // it belongs to another of the locks
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /** Stops the wake-ups; returns at once even if a delivery is stuck behind a student's lock. */
    @Override
    public void close() {
        closed = true;
        deliverer.interrupt();
    }
}
