package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.SpuriousWakeUps;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Workers wait while nothing they wait for happens: another thread keeps calling clear() and
 * isSet(), and whatever the event waits on (its conditions, its monitor) is woken every 10 ms, as
 * the JDK allows Condition.await and Object.wait to return spuriously. No worker in await() or
 * await(20 s) returns; a worker in await(300 ms) returns false after about 300 ms, neither at the
 * first wake-up nor never. Then set(): every worker returns, the timed one true.
 */
@CheckInfo(id = "waiters-ignore-spurious-wake-ups", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "Wake-ups that are not a set() (spurious, clear()) keep waiters waiting; await(300 ms) still ends on time")
public final class WaitersIgnoreSpuriousWakeUps implements CheckBody {

    private static final Duration WAKE_UP_EVERY = Duration.ofMillis(10);
    private static final Duration TRAFFIC_EVERY = Duration.ofMillis(5);
    private static final Duration TIMEOUT = Duration.ofMillis(300);
    private static final Duration EARLY = Duration.ofMillis(20);
    private static final Duration LATE = Duration.ofMillis(1500);
    private static final Duration BOUND = Duration.ofSeconds(3);

    @Override
    public void run(CheckContext context) throws Exception {
        Event event = new Event();
        AtomicBoolean setCalled = new AtomicBoolean();
        AtomicInteger wokenEarly = new AtomicInteger();
        AtomicInteger timedFalse = new AtomicInteger();
        ThreadGang workers = Waiters.start(event, 3, 1, set -> {
            if (!setCalled.get()) {
                wokenEarly.incrementAndGet();
            }
            if (!set) {
                timedFalse.incrementAndGet();
            }
        });
        Waiters.untilAllAsleep(workers, Duration.ofSeconds(10), false);
        AtomicBoolean trafficOver = new AtomicBoolean();
        ThreadGang traffic = ThreadGang.start("bystander", 1, index -> {
            while (!trafficOver.get()) {
                event.clear();
                event.isSet();
                Thread.sleep(TRAFFIC_EVERY);
            }
        });
        TimedWaiter patient = null;
        try (SpuriousWakeUps wakeUps = SpuriousWakeUps.every(WAKE_UP_EVERY, event)) {
            patient = TimedWaiter.start("patient-worker", event, TIMEOUT);
            patient.thread().join(TIMEOUT.plus(LATE));
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(expectation()
                    .observed("await(" + TIMEOUT.toMillis() + " ms) was still waiting " + LATE.toMillis() + " ms after its"
                            + " timeout: " + stuck.diagnosis())
                    .cause(patient.waitsUntimed()
                            ? "await(timeout) waits without a time limit: the timeout is ignored"
                            : "each wake-up starts the whole timeout again: the worker waits for the full timeout after"
                                    + " every wake-up instead of for the time left")
                    .revisit("awaitNanos returns the time left: loop on it and give up at zero (or compute a deadline"
                            + " once)"), true);
        } finally {
            trafficOver.set(true);
        }
        traffic.join(BOUND);
        long waited = patient.waited().toMillis();
        if (wokenEarly.get() > 0) {
            throw new CheckFailure(expectation()
                    .observed(wokenEarly.get() + " of the 3 workers in await() or await(20 s) returned without any set()")
                    .cause("a waiter woken by something that was not a set() returns without looking again: it waits"
                            + " with if instead of while")
                    .revisit("guarded waits: while (flag down and no set() since arriving) await(); a wake-up is only"
                            + " a hint"));
        }
        if (Boolean.TRUE.equals(patient.result()) || waited < TIMEOUT.minus(EARLY).toMillis()) {
            throw new CheckFailure(expectation()
                    .observed("await(" + TIMEOUT.toMillis() + " ms) returned " + patient.result() + " after " + waited + " ms")
                    .cause(Boolean.TRUE.equals(patient.result())
                            ? "await(timeout) reports success when woken, whether or not a set() happened"
                            : "await(timeout) gives up at the first wake-up, before its timeout has run out")
                    .revisit("loop until a set() happened or the time left reaches zero, and return which it was"));
        }
        setCalled.set(true);
        Waiters.wakeEach(event, workers);
        try {
            workers.join(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("set() to wake every worker after the wake-ups that were not a set()")
                    .observed(stuck.getMessage())
                    .cause("the workers lost track of the set(): a wake-up that was not a set() left them waiting for"
                            + " something else")
                    .revisit("wait while the flag is down and the generation is the one you arrived in"), true);
        }
        if (timedFalse.get() > 0) {
            throw new CheckFailure(Feedback.expected("await(20 s) to return true once set() was called")
                    .observed("it returned false")
                    .cause("await(timeout) does not count a set() that came after earlier wake-ups")
                    .revisit("return whether a set() happened since arriving"));
        }
    }

    private static Feedback.Builder expectation() {
        return Feedback.expected("while nobody calls set() (another thread calls clear() and isSet(), and the event is"
                + " woken every " + WAKE_UP_EVERY.toMillis() + " ms): no worker returns from await(), and await("
                + TIMEOUT.toMillis() + " ms) returns false after about " + TIMEOUT.toMillis() + " ms");
    }
}
