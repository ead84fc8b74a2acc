package course.event;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Mutant: clear() decides under the old gate's monitor and replaces the gate outside it. */
public class Event {

    /** One generation of the event: closed until set() opens it. */
    private static final class Gate {
        private boolean open;
    }

    private volatile Gate current = new Gate();

    public void set() {
        Gate gate = current;
        synchronized (gate) {
            gate.open = true;
            gate.notifyAll();
        }
    }

    public void clear() {
        Gate gate = current;
        synchronized (gate) {
            if (!gate.open) {
                return;
            }
        }
        current = new Gate();
    }

    public boolean isSet() {
        Gate gate = current;
        synchronized (gate) {
            return gate.open;
        }
    }

    public void await() throws InterruptedException {
        Gate gate = current;
        synchronized (gate) {
            while (!gate.open) {
                gate.wait();
            }
        }
    }

    public boolean await(Duration timeout) throws InterruptedException {
        Gate gate = current;
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (gate) {
            while (!gate.open) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(gate, left);
            }
            return true;
        }
    }
}
