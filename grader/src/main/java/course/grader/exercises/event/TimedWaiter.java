package course.grader.exercises.event;

import course.event.Event;
import course.grader.harness.ThreadGang;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One worker calling await(timeout) in a thread of its own, so that an await that never returns
 * blocks that thread, not the check's: what it returned, and how long it waited.
 */
final class TimedWaiter {

    private final AtomicReference<Boolean> result = new AtomicReference<>();
    private final AtomicLong waitedNanos = new AtomicLong();
    private volatile long calledAt;
    private final ThreadGang worker;

    private TimedWaiter(String name, Event event, Duration timeout) {
        worker = ThreadGang.start(name, 1, index -> {
            long start = System.nanoTime();
            calledAt = start;
            result.set(event.await(timeout));
            waitedNanos.set(System.nanoTime() - start);
        });
    }

    static TimedWaiter start(String name, Event event, Duration timeout) {
        return new TimedWaiter(name, event, timeout);
    }

    /**
     * The {@link System#nanoTime()} just before the worker called await, once it has: its timeout
     * ends no earlier than this plus the timeout.
     */
    long calledAt() {
        return calledAt;
    }

    ThreadGang thread() {
        return worker;
    }

    /** Whether the worker is asleep without a timeout: its timed wait has become an untimed one. */
    boolean waitsUntimed() {
        return worker.threads().get(0).getState() == Thread.State.WAITING;
    }

    /** What await returned, or null if it has not (yet). */
    Boolean result() {
        return result.get();
    }

    /** How long await took; only once it has returned. */
    Duration waited() {
        return Duration.ofNanos(waitedNanos.get());
    }
}
