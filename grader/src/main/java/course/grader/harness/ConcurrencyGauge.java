package course.grader.harness;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Measures how many threads are inside a region at once, and the most there ever were: the
 * property behind "at most n at a time" and "not serialised". Wrap the region in
 * {@link #enter()} and {@link #exit()}.
 */
public final class ConcurrencyGauge {

    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger most = new AtomicInteger();

    public void enter() {
        most.accumulateAndGet(inside.incrementAndGet(), Math::max);
    }

    public void exit() {
        inside.decrementAndGet();
    }

    /** The largest number of threads that were inside at the same moment. */
    public int most() {
        return most.get();
    }
}
