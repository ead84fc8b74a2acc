package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;

/**
 * A raised flag lets waiters straight through, with await() and await(timeout); isSet() tells;
 * clear() lowers the flag again, also after repeated set()s, and a waiter arriving after the clear
 * waits for the next set(). A boss whose interrupt status is set still sets and clears: neither
 * method declares InterruptedException, so neither may give up, and the status stays set.
 */
@CheckInfo(id = "set-before-await-does-not-block", kind = CheckKind.FUNCTIONAL, points = 1,
        title = "After set(), await() returns at once; after clear(), a new await waits; isSet() tells the flag")
public final class SetBeforeAwaitDoesNotBlock implements CheckBody {

    private static final Duration AFTER_CLEAR = Duration.ofMillis(100);

    @Override
    public void run(CheckContext context) throws Exception {
        Event event = new Event();
        if (event.isSet()) {
            throw failure("a new event to be clear", "isSet() was true", "the flag starts raised");
        }
        event.set();
        try {
            ThreadGang.start("late-worker", 2, index -> {
                if (index == 0) {
                    event.await();
                } else if (!event.await(Duration.ofSeconds(5))) {
                    throw new IllegalStateException("await(timeout) returned false on a set event");
                }
            }).join(Duration.ofSeconds(2));
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("await() on an event that is already set to return at once")
                    .observed(stuck.getMessage())
                    .cause("await() waits for a signal without first checking the flag: a set() that came before"
                            + " is missed")
                    .revisit("check the condition before waiting, under the lock"), true);
        }
        if (!event.isSet()) {
            throw failure("isSet() to be true after set()", "it was false", "set() does not keep the flag raised");
        }
        event.set();
        event.clear();
        if (event.isSet()) {
            throw failure("isSet() to be false after set(), set() and clear()", "it was true",
                    "clear() does not lower the flag");
        }
        awaitAfterClearWaits(event);
        anInterruptedBossStillSetsAndClears();
    }

    private static void anInterruptedBossStillSetsAndClears() throws Exception {
        Event event = new Event();
        boolean[] seen = new boolean[3];
        Throwable thrown = ThreadGang.exceptionFrom("interrupted-boss", index -> {
            Thread.currentThread().interrupt();
            event.set();
            seen[0] = event.isSet();
            event.clear();
            seen[1] = !event.isSet();
            seen[2] = Thread.currentThread().isInterrupted();
        }, Duration.ofSeconds(2));
        if (thrown != null || !seen[0] || !seen[1] || !seen[2]) {
            throw failure("set() and clear() by a thread whose interrupt status is set to raise and lower the flag, and"
                            + " to leave the status set",
                    thrown != null ? "it threw " + StudentCode.describe(thrown)
                            : !seen[0] ? "after its set(), isSet() was false"
                            : !seen[1] ? "after its clear(), isSet() was true"
                            : "the flag changed, but the thread's interrupt status was cleared",
                    "set() and clear() act on the caller's interrupt status: they take the lock with"
                            + " lockInterruptibly() and give up, or clear the status. They wait for nothing but the"
                            + " lock and declare no InterruptedException: lock(), and leave the status to the caller");
        }
    }

    /** After set() and clear(), a newly arriving waiter waits for the next set(): its await(100 ms) returns false. */
    private static void awaitAfterClearWaits(Event event) throws Exception {
        TimedWaiter later = TimedWaiter.start("later-worker", event, AFTER_CLEAR);
        try {
            later.thread().joinSelfContained(AFTER_CLEAR.plusSeconds(2));
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("await(" + AFTER_CLEAR.toMillis() + " ms), called after set() and"
                            + " clear(), to return false after about " + AFTER_CLEAR.toMillis() + " ms")
                    .observed("it was still waiting: " + stuck.getMessage())
                    .cause("await(timeout) ignores its timeout: it waits for a signal without a time limit")
                    .revisit("awaitNanos returns the time left: loop on it and give up at zero"), true);
        }
        long waited = later.waited().toMillis();
        if (later.result() || waited < AFTER_CLEAR.toMillis() - 20) {
            throw failure("await(" + AFTER_CLEAR.toMillis() + " ms), called after set() and clear(), to wait and return"
                            + " false: the set() came before it arrived",
                    "it returned " + later.result() + " after " + waited + " ms",
                    "a waiter compares the generation with a value kept from earlier (a field shared by all waiters, or"
                            + " the number of set() calls ever made) instead of the generation it found on arriving");
        }
    }

    private static CheckFailure failure(String expected, String observed, String cause) {
        return new CheckFailure(Feedback.expected(expected).observed(observed).cause(cause)
                .revisit("the event's flag: set() raises it, clear() lowers it, isSet() reads it under the lock"));
    }
}
