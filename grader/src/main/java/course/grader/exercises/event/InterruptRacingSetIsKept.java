package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.StudentLocks;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A worker asleep in await() (then, on another event, one in await(20 s)) is interrupted while the
 * boss holds every lock and monitor of the event (found in its fields), so that the woken worker
 * stops where it needs them again; the boss then calls set() (its locks re-enter) and lets go. The
 * worker thus gets the lock back with both the interrupt and the set() behind it. Whether its wait
 * then ends with InterruptedException or normally is up to the event; but a wait that returns
 * normally must leave the worker's interrupt status set. An await() that catches the
 * InterruptedException and returns because the event was set meanwhile loses the interrupt:
 * whoever interrupted the worker (to cancel it, to shut down) is never heard. Without the held
 * locks the set() gets in between in a few rounds in a thousand once the code is compiled, too
 * seldom to rely on. Locks the grader cannot hold safely (not reentrant: a StampedLock, a
 * semaphore) are left alone, so an event built on one runs the same race without the provocation,
 * and one that only keeps one beside its lock is provoked all the same.
 */
@CheckInfo(id = "interrupt-racing-set-is-kept", kind = CheckKind.FUNCTIONAL, points = 1, requires = {"set-before-await-does-not-block", "set-wakes-a-waiter"},
        title = "A worker interrupted just before set() throws InterruptedException or keeps its interrupt status")
public final class InterruptRacingSetIsKept implements CheckBody {

    /** How long the worker may take to fall asleep in await, to stop at the held locks, or to come back. */
    private static final Duration BOUND = Duration.ofSeconds(2);
    /** How long the boss waits for the woken worker to stop at its locks; a lock-free event never does. */
    private static final Duration ARRIVAL = Duration.ofSeconds(1);

    private static final String THREW = "threw InterruptedException";
    private static final String KEPT = "returned normally, its interrupt status still set";
    private static final String LOST = "returned normally, its interrupt status cleared";

    @Override
    public void run(CheckContext context) throws Exception {
        race(false);
        race(true);
    }

    private static void race(boolean timed) throws Exception {
        Event event = new Event();
        StudentLocks locks = StudentLocks.of(event);
        AtomicReference<String> outcome = new AtomicReference<>();
        ThreadGang worker = ThreadGang.start("worker", 1, index -> outcome.set(awaitInterrupted(event, timed)));
        Thread thread = worker.threads().get(0);
        Waiters.untilAllAsleep(worker, BOUND, false);
        ThreadGang boss = ThreadGang.start("boss", 1, index -> {
            StudentLocks.Held interruptThenSet = () -> {
                thread.interrupt();
                Waiters.untilStoppedAtALock(thread, ARRIVAL); // only held locks stop it: at most ARRIVAL without
                event.set();
            };
            locks.holdingWhatIsReentrant(interruptThenSet);
        });
        String call = timed ? "await(" + Waiters.TIMED_PATIENCE.toSeconds() + " s)" : "await()";
        try {
            boss.joinSelfContained(BOUND.plus(BOUND));
            worker.joinSelfContained(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(expectation(call)
                    .observed("the worker was still waiting after the interrupt and the set(): " + stuck.getMessage())
                    .cause("the interrupt is swallowed inside the wait loop, and the set() that came meanwhile was"
                            + " not seen either")
                    .revisit("let InterruptedException propagate from await"), true);
        }
        if (LOST.equals(outcome.get())) {
            throw new CheckFailure(expectation(call)
                    .observed(call + " " + outcome.get())
                    .cause("await catches the InterruptedException and returns because the event was set meanwhile,"
                            + " without restoring the interrupt: the interrupt is lost, and whoever interrupted the"
                            + " worker (to cancel it, to shut down) is never heard")
                    .revisit("let InterruptedException propagate; code that catches it and does not rethrow must call"
                            + " Thread.currentThread().interrupt() before it returns"));
        }
    }

    private static Feedback.Builder expectation(String call) {
        return Feedback.expected("a worker interrupted in " + call + " just before another thread's set() either to"
                + " throw InterruptedException or to return with its interrupt status still set");
    }

    /** What await did when interrupted. */
    private static String awaitInterrupted(Event event, boolean timed) {
        try {
            if (timed) {
                event.await(Waiters.TIMED_PATIENCE);
            } else {
                event.await();
            }
            return Thread.interrupted() ? KEPT : LOST;
        } catch (InterruptedException expected) {
            return THREW;
        }
    }
}
