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
import java.util.concurrent.atomic.AtomicReference;

/**
 * A worker waiting in await(), then (on another event) one in await(20 s), is interrupted, beside
 * a worker that is not: each ends with
 * InterruptedException, and the event is exactly as before: still clear, and usable (a set() by
 * another thread returns, and wakes a later waiter). The event is used from threads of their own,
 * so that a lock the interrupted waiter left held stops them, not the check.
 */
@CheckInfo(id = "interrupted-await-throws", kind = CheckKind.FUNCTIONAL, points = 2, requires = "set-before-await-does-not-block",
        title = "A worker interrupted in await() or await(timeout) throws InterruptedException; the event is unchanged")
public final class InterruptedAwaitThrows implements CheckBody {

    private static final Duration BOUND = Duration.ofSeconds(2);
    private static final String THREW = "threw InterruptedException";
    private static final String[] HOW = {"await()", "await(20 s)"};

    @Override
    public void run(CheckContext context) throws Exception {
        for (int how = 0; how < HOW.length; how++) {
            interrupted(how);
        }
    }

    /** One worker, waiting the way {@code HOW[how]} says beside one that is not interrupted, is interrupted. */
    private static void interrupted(int how) throws Exception {
        Event event = new Event();
        AtomicReference<String> outcome = new AtomicReference<>();
        ThreadGang others = Waiters.start(event, 1, 0, set -> { });
        ThreadGang waiting = ThreadGang.start("interrupted-worker", 1, worker -> {
            try {
                outcome.set(how == 0 ? awaitReturned(event) : "returned " + event.await(Waiters.TIMED_PATIENCE));
            } catch (InterruptedException expected) {
                outcome.set(THREW);
            }
        });
        Waiters.untilAllAsleep(waiting, Duration.ofSeconds(5), false);
        Waiters.untilAllAsleep(others, Duration.ofSeconds(5), false);
        waiting.threads().forEach(Thread::interrupt);
        try {
            waiting.join(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("a worker interrupted in " + HOW[how] + " to stop waiting and throw"
                            + " InterruptedException")
                    .observed("it was still waiting " + BOUND.toSeconds() + " s after the interrupt: " + stuck.getMessage())
                    .cause("the interrupt is swallowed: InterruptedException is caught inside the wait loop and the"
                            + " worker waits again")
                    .revisit("let InterruptedException propagate from await (or restore the flag and stop waiting)"),
                    true);
        }
        if (!THREW.equals(outcome.get())) {
            throw new CheckFailure(Feedback.expected("a worker interrupted in " + HOW[how] + " on an event nobody set to"
                            + " throw InterruptedException")
                    .observed("it " + outcome.get())
                    .cause("the InterruptedException is caught and await returns as if the event had been set")
                    .revisit("let InterruptedException propagate from a blocking method: the caller decides"));
        }
        stillUsable(event, others);
    }

    private static String awaitReturned(Event event) throws InterruptedException {
        event.await();
        return "returned normally";
    }

    /** isSet(), set() and the wake-up of the workers that were not interrupted, from a thread of their own. */
    private static void stillUsable(Event event, ThreadGang workers) throws Exception {
        boolean[] setBefore = new boolean[1];
        try {
            ThreadGang.start("boss", 1, index -> {
                setBefore[0] = event.isSet();
                Waiters.wakeEach(event, workers);
            }).joinSelfContained(BOUND.plus(BOUND));
            workers.join(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("the event to work as before once the interrupted workers had left:"
                            + " set() returns and wakes the other workers")
                    .observed(stuck.getMessage())
                    .cause(stuck.isStalled()
                            ? "an interrupted worker left the lock held: unlock() is not in a finally block, so the"
                                    + " InterruptedException skipped it"
                            : "the interrupted workers took the other workers' wake-up with them")
                    .revisit("lock(); try { ... await ... } finally { unlock(); } — every way out releases the lock"),
                    true);
        }
        if (setBefore[0]) {
            throw new CheckFailure(Feedback.expected("the event to stay clear when its waiters are interrupted")
                    .observed("isSet() was true after the interrupts")
                    .cause("an interrupted await raises the flag")
                    .revisit("an interrupted wait changes nothing: it only throws"));
        }
    }
}
