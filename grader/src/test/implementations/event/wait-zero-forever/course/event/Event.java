package course.event;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Mutant: the time left is waited in whole milliseconds, and wait(0) means for ever. */
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
        long seen = setsSoFar;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!raised && setsSoFar == seen) {
            long left = deadline - System.nanoTime();
            if (left < 0) {
                return false;
            }
            wait(TimeUnit.NANOSECONDS.toMillis(left));
        }
        return true;
    }
}
