package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WorkerFailedException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * await(300 ms) on an event nobody sets returns false after about 300 ms, though another worker
 * waits beside it with a longer timeout; await(Duration.ZERO),
 * await(400 µs) and await(-5 ms) return false at once (a wait that rounds them to wait(0) waits for ever, and is
 * found asleep with nobody to wake it within about 2 s) — the latter after at least its 400 µs: a
 * timeout counted in whole milliseconds does not wait at all. On an event that is set, the same
 * three return true: a timeout of zero or less only looks, and sees the flag raised.
 */
@CheckInfo(id = "timed-await-gives-up", kind = CheckKind.FUNCTIONAL, points = 2, requires = "set-before-await-does-not-block",
        title = "await(300 ms) on an event nobody sets returns false after about 300 ms; a zero timeout at once, true if set")
public final class TimedAwaitGivesUp implements CheckBody {

    private static final Duration TIMEOUT = Duration.ofMillis(300);
    /** A second waiter, with a longer timeout, comes this long after the first: their deadlines are their own. */
    private static final Duration LATER_ARRIVAL = Duration.ofMillis(50);
    private static final Duration LONGER_TIMEOUT = Duration.ofSeconds(2);
    /** How much later than its timeout a timed wait may end on a loaded machine: far less than the longer timeout. */
    private static final Duration LATE = Duration.ofSeconds(1);
    /** Zero, under a millisecond, and less than zero, which the contract also calls "only looks". */
    private static final List<Duration> TINY_TIMEOUTS = List.of(Duration.ZERO, Duration.ofNanos(400_000),
            Duration.ofMillis(-5));
    private static final Duration TINY_BOUND = Duration.ofSeconds(3);
    private static final String WAITS_WITHOUT_A_TIMEOUT = "the waiter ends up waiting with no timeout, for a signal that"
            + " never comes: the timeout is ignored, or the time left is turned into whole milliseconds, which rounds"
            + " it down to 0 near the end, and wait(0) waits for ever";

    @Override
    public void run(CheckContext context) throws Exception {
        Event event = new Event();
        TimedWaiter patient = TimedWaiter.start("patient-worker", event, TIMEOUT);
        Thread.sleep(LATER_ARRIVAL);
        TimedWaiter longer = TimedWaiter.start("longer-worker", event, LONGER_TIMEOUT);
        try {
            patient.thread().joinSelfContained(TIMEOUT.plusSeconds(3));
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(expectation().observed("it was still waiting: " + stuck.getMessage())
                    .cause(WAITS_WITHOUT_A_TIMEOUT)
                    .revisit("awaitNanos returns the time left: loop on it and give up at zero"), true);
        }
        long waited = patient.waited().toMillis();
        if (Boolean.TRUE.equals(patient.result()) || waited < TIMEOUT.toMillis() - 20) {
            throw new CheckFailure(expectation().observed("it returned " + patient.result() + " after " + waited + " ms")
                    .cause("the waiter does not wait the whole timeout, or reports success without a set()")
                    .revisit("await(timeout) returns whether the event was set, after waiting at most the timeout"));
        }
        if (patient.waited().compareTo(TIMEOUT.plus(LATE)) > 0) {
            throw new CheckFailure(expectation().observed("it returned after " + waited + " ms, while another worker that"
                            + " came " + LATER_ARRIVAL.toMillis() + " ms later waited with await("
                            + LONGER_TIMEOUT.toSeconds() + " s)")
                    .cause("the waiters share where their deadline is kept (a field of the event): the later waiter's"
                            + " deadline replaced the earlier one's, which then waited for it")
                    .revisit("each call keeps its own deadline (or time left) in a local variable"));
        }
        event.set();
        longer.thread().joinSelfContained(TINY_BOUND);
        event.clear();
        for (Duration tiny : TINY_TIMEOUTS) {
            tinyTimeoutGivesUp(event, tiny);
        }
        event.set();
        for (Duration tiny : TINY_TIMEOUTS) {
            tinyTimeoutSeesTheFlag(event, tiny);
        }
    }

    /** A timeout of zero or less on an event that is set: it only looks, and what it sees is true. */
    private static void tinyTimeoutSeesTheFlag(Event event, Duration tiny) throws Exception {
        String call = "await(" + named(tiny) + ")";
        TimedWaiter looking = TimedWaiter.start("looking-worker", event, tiny);
        looking.thread().joinSelfContained(TINY_BOUND);
        if (!Boolean.TRUE.equals(looking.result())) {
            throw new CheckFailure(Feedback.expected(call + " on an event that is already set to return true")
                    .observed("it returned " + looking.result())
                    .cause("a timeout of zero or less gives up before it looks at the flag: such a timeout only"
                            + " looks, and what it sees is the answer")
                    .revisit("after taking the lock, look at the flag first; give up only when it is down and no"
                            + " time is left"));
        }
    }

    private static String named(Duration tiny) {
        return tiny.isZero() ? "Duration.ZERO" : tiny.isNegative() ? tiny.toMillis() + " ms" : tiny.toNanos() / 1000 + " µs";
    }

    /** A timeout of zero, or under a millisecond, on an event nobody sets: false, promptly. */
    private static void tinyTimeoutGivesUp(Event event, Duration tiny) throws Exception {
        String amount = named(tiny);
        String call = "await(" + amount + ")";
        TimedWaiter hasty = TimedWaiter.start("hasty-worker", event, tiny);
        try {
            hasty.thread().joinSelfContained(TINY_BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected(call + " on an event nobody sets to return false at once")
                    .observed("it was still waiting: " + stuck.getMessage())
                    .cause(WAITS_WITHOUT_A_TIMEOUT)
                    .revisit("count the time left in nanoseconds (awaitNanos), and give up once it is zero or less"), true);
        } catch (WorkerFailedException threw) {
            throw new CheckFailure(Feedback.expected(call + " on an event nobody sets to return false at once")
                    .observed("it threw " + StudentCode.describe(threw.getCause()))
                    .cause("a timeout of zero or less is passed on to the wait, which refuses it (Object.wait and"
                            + " Thread.sleep throw for a negative time)")
                    .revisit("a timeout of zero or less only looks: check the flag, and give up without waiting"));
        }
        if (Boolean.TRUE.equals(hasty.result())) {
            throw new CheckFailure(Feedback.expected(call + " on an event nobody sets to return false")
                    .observed("it returned true")
                    .cause("await(timeout) reports success without a set()")
                    .revisit("await(timeout) returns whether the event was set"));
        }
        if (hasty.waited().compareTo(tiny) < 0) {
            throw new CheckFailure(Feedback.expected(call + " on an event nobody sets to wait its " + amount
                            + " before it returns false")
                    .observed(String.format(Locale.ROOT, "it returned after %.0f µs", hasty.waited().toNanos() / 1e3))
                    .cause("the timeout is counted in whole milliseconds: under one millisecond it rounds down to 0,"
                            + " and the waiter gives up without waiting at all")
                    .revisit("count the time left in nanoseconds (awaitNanos), and give up once it is zero or less"));
        }
    }

    private static Feedback.Builder expectation() {
        return Feedback.expected("await(" + TIMEOUT.toMillis() + " ms) on an event nobody sets to return false after about "
                + TIMEOUT.toMillis() + " ms");
    }
}
