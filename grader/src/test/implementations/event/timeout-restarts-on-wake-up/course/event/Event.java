package course.event;

import java.time.Duration;

/** Mutant: clear() notifies too, and each wake-up of await(timeout) waits the whole timeout again. */
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
        notifyAll();
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
        while (!raised && setsSoFar == seen) {
            long before = System.nanoTime();
            wait(Math.max(1, timeout.toMillis()));
            if (System.nanoTime() - before >= timeout.toNanos()) {
                return raised || setsSoFar != seen;
            }
        }
        return true;
    }
}
