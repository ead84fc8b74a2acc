package course.event;

import java.time.Duration;

/** Mutant: busy-waiting on volatile fields. */
public class Event {

    private volatile boolean flag;
    private volatile long generation;

    public synchronized void set() {
        flag = true;
        generation++;
    }

    public void clear() {
        flag = false;
    }

    public boolean isSet() {
        return flag;
    }

    public void await() {
        long arrival = generation;
        while (!flag && generation == arrival) {
            Thread.onSpinWait();
        }
    }

    public boolean await(Duration timeout) {
        long arrival = generation;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!flag && generation == arrival) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            Thread.onSpinWait();
        }
        return true;
    }
}
