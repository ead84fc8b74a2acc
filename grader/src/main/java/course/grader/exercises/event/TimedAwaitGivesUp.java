package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/** await(300 ms) on an event nobody sets returns false after about 300 ms. */
@CheckInfo(id = "timed-await-gives-up", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "await(300 ms) on an event nobody sets returns false after about 300 ms")
public final class TimedAwaitGivesUp implements CheckBody {

    private static final Duration TIMEOUT = Duration.ofMillis(300);

    @Override
    public void run(CheckContext context) throws Exception {
        Event event = new Event();
        AtomicReference<Boolean> result = new AtomicReference<>();
        AtomicLong waitedNanos = new AtomicLong();
        try {
            ThreadGang.start("patient-worker", 1, index -> {
                long start = System.nanoTime();
                result.set(event.await(TIMEOUT));
                waitedNanos.set(System.nanoTime() - start);
            }).join(TIMEOUT.plusSeconds(3));
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(expectation().observed("it was still waiting after 3 s more; " + stuck.diagnosis())
                    .cause("the timeout is ignored: the waiter waits for a signal that never comes")
                    .revisit("awaitNanos returns the time left: loop on it and give up at zero"), true);
        }
        long waited = Duration.ofNanos(waitedNanos.get()).toMillis();
        if (Boolean.TRUE.equals(result.get()) || waited < TIMEOUT.toMillis() - 20) {
            throw new CheckFailure(expectation().observed("it returned " + result.get() + " after " + waited + " ms")
                    .cause("the waiter does not wait the whole timeout, or reports success without a set()")
                    .revisit("await(timeout) returns whether the event was set, after waiting at most the timeout"));
        }
    }

    private static Feedback.Builder expectation() {
        return Feedback.expected("await(" + TIMEOUT.toMillis() + " ms) on an event nobody sets to return false after about "
                + TIMEOUT.toMillis() + " ms");
    }
}
