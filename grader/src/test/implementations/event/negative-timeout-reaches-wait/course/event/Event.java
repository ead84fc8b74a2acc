package course.event;

import java.time.Duration;

/**
 * Wrong: on a plain monitor, await(timeout) treats only Duration.ZERO as "only look"; a negative
 * timeout reaches wait(), which throws IllegalArgumentException.
 */
public class Event {

    private boolean raised;
    private long setsSoFar;

    public synchronized void set() {
        raised = true;
        setsSoFar++;
        notifyAll();
    }

    public synchronized void clear() {
        raised = false;
    }

    public synchronized boolean isSet() {
        return raised;
    }

    public synchronized void await() throws InterruptedException {
        long seen = setsSoFar;
        while (!raised && setsSoFar == seen) {
            wait();
        }
    }

    public synchronized boolean await(Duration timeout) throws InterruptedException {
        if (timeout.isZero()) {
            return raised;
        }
        long seen = setsSoFar;
        long deadline = System.nanoTime() + timeout.toNanos();
        long left = timeout.toNanos();
        while (!raised && setsSoFar == seen) {
            wait(left / 1_000_000, (int) (left % 1_000_000));
            left = deadline - System.nanoTime();
            if (left <= 0) {
                return raised || setsSoFar != seen;
            }
        }
        return true;
    }
}
