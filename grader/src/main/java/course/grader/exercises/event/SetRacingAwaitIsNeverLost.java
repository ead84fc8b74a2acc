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
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The lost wake-up, provoked rather than left to luck: the boss holds the event's own locks and
 * monitors (found in its fields) while a worker calls await(), so the worker stops where it
 * first needs them; the boss then calls set() (its locks re-enter) and lets go. A worker that
 * decided to wait before it took the lock (a check of the flag outside the lock, the generation
 * read afterwards) misses that set() and waits for the next one, which never comes; a correct
 * event lets it through. Run for await() and await(20 s). Locks the grader cannot hold safely (not
 * reentrant: a StampedLock, a semaphore) are left alone, so an event built on one runs the same
 * race without the provocation, and one that only keeps one beside its lock is provoked all the same.
 */
@CheckInfo(id = "set-racing-await-is-never-lost", kind = CheckKind.FUNCTIONAL, points = 2, requires = "set-wakes-a-waiter",
        title = "A set() that comes while a worker is on its way into await() is never lost")
public final class SetRacingAwaitIsNeverLost implements CheckBody {

    private static final Duration BOUND = Duration.ofSeconds(3);
    /** How long the boss waits for the worker to stop at its locks; a lock-free event never does. */
    private static final Duration ARRIVAL = Duration.ofSeconds(1);

    @Override
    public void run(CheckContext context) throws Exception {
        race(false);
        race(true);
    }

    private static void race(boolean timed) throws Exception {
        Event event = new Event();
        StudentLocks locks = StudentLocks.of(event);
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch workerArrived = new CountDownLatch(1);
        ThreadGang boss = ThreadGang.start("boss", 1, index -> {
            StudentLocks.Held setOnCue = () -> {
                held.countDown();
                workerArrived.await(ARRIVAL.toMillis() * 2, TimeUnit.MILLISECONDS);
                event.set();
            };
            locks.holdingWhatIsReentrant(setOnCue);
        });
        boss.await(held, BOUND);
        AtomicReference<Boolean> result = new AtomicReference<>();
        ThreadGang worker = ThreadGang.start("worker", 1, index -> result.set(timed
                ? event.await(Waiters.TIMED_PATIENCE) : awaitUntimed(event)));
        Waiters.untilStoppedAtALock(worker.threads().get(0), ARRIVAL);
        workerArrived.countDown();
        String call = timed ? "await(" + Waiters.TIMED_PATIENCE.toSeconds() + " s)" : "await()";
        try {
            boss.joinSelfContained(BOUND);
            worker.joinSelfContained(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(expectation(call)
                    .observed("the worker was still waiting after the set(): " + stuck.getMessage())
                    .cause("a lost wake-up: the worker decided to wait before it held the lock (it checked the flag"
                            + " outside the lock, or read the generation only after taking it), so the set() that came"
                            + " in between was not counted, and its signal went to nobody")
                    .revisit("check and wait under the same lock: read the flag and the generation after lock(), and"
                            + " wait while (flag down and generation unchanged)"), true);
        }
        if (!Boolean.TRUE.equals(result.get())) {
            throw new CheckFailure(expectation(call)
                    .observed(call + " returned false")
                    .cause("the set() that came while the worker was on its way in was not counted")
                    .revisit("read the flag and the generation under the lock"));
        }
    }

    private static boolean awaitUntimed(Event event) throws InterruptedException {
        event.await();
        return true;
    }

    private static Feedback.Builder expectation(String call) {
        return Feedback.expected("a worker calling " + call + " while the boss calls set() to return, whichever comes"
                + " first");
    }
}
