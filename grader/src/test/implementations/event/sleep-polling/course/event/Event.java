package course.event;

import java.time.Duration;

/** Mutant: polling with sleep. */
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
            pause();
        }
    }

    public boolean await(Duration timeout) {
        long arrival = generation;
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!flag && generation == arrival) {
            if (System.nanoTime() >= deadline) {
                return false;
            }
            pause();
        }
        return true;
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
