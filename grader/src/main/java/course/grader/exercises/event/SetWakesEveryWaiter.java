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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The notes' scenario, twenty times: five workers wait; the boss sets the event and at once clears
 * it (as the first worker back would). Every worker must wake — none before the set, and not just one;
 * the two that wait with a (long) timeout must return true: a set() happened while they waited.
 */
@CheckInfo(id = "set-wakes-every-waiter", kind = CheckKind.STRESS, points = 3,
        title = "set() wakes all 5 waiting workers (2 of them timed), even when clear() follows at once; none wakes"
                + " before set()")
public final class SetWakesEveryWaiter implements CheckBody {

    private static final int WORKERS = 5;
    private static final int ROUNDS = 20;
    /** How many of the workers wait with a timeout: the timed variant of the same scenario. */
    private static final int TIMED = 2;

    @Override
    public void run(CheckContext context) throws Exception {
        boolean spinning = false;
        for (int round = 1; round <= ROUNDS; round++) {
            Event event = new Event();
            AtomicBoolean setCalled = new AtomicBoolean();
            AtomicInteger wokenEarly = new AtomicInteger();
            AtomicInteger woken = new AtomicInteger();
            AtomicInteger timedFalse = new AtomicInteger();
            ThreadGang workers = Waiters.start(event, WORKERS, TIMED, set -> {
                if (!setCalled.get()) {
                    wokenEarly.incrementAndGet();
                }
                if (!set) {
                    timedFalse.incrementAndGet();
                }
                woken.incrementAndGet();
            });
            spinning = Waiters.untilAllAsleep(workers, Duration.ofSeconds(10), spinning);
            if (wokenEarly.get() > 0) {
                throw failure(round, wokenEarly.get() + " of " + WORKERS + " workers returned from await() before set()",
                        "await() does not wait while the flag is down, or is woken by something else and does not"
                                + " check again");
            }
            setCalled.set(true);
            event.set();
            event.clear();
            try {
                workers.join(Duration.ofSeconds(3));
            } catch (ThreadsStuckException stuck) {
                int awake = woken.get();
                throw new CheckFailure(feedback(round, awake == 0
                                ? "none of the " + WORKERS + " workers woke up"
                                : "only " + awake + " of " + WORKERS + " workers woke up",
                        awake == 0
                                ? "woken waiters check the flag again, find it cleared, and go back to sleep: the set()"
                                        + " is lost; or set() signals nobody"
                                : "set() wakes one waiter (signal) instead of all of them (signalAll); or the woken waiters"
                                        + " went back to sleep because what tells them a set() happened is shared, and"
                                        + " the first one back reset it"), true);
            }
            if (timedFalse.get() > 0) {
                throw failure(round, timedFalse.get() + " of the " + TIMED + " workers in await("
                                + Waiters.TIMED_PATIENCE.toSeconds() + " s) returned false, though set() was called while"
                                + " they waited",
                        "await(timeout) reports the flag as it finds it on waking (already cleared), not whether a set()"
                                + " happened since it began waiting");
            }
        }
    }

    private static CheckFailure failure(int round, String observed, String cause) {
        return new CheckFailure(feedback(round, observed, cause));
    }

    private static Feedback feedback(int round, String observed, String cause) {
        return Feedback.expected("all " + WORKERS + " waiting workers to wake after set(), and none before it")
                .observed(observed + " (round " + round + " of " + ROUNDS + ")")
                .cause(cause)
                .revisit("signalAll() wakes every waiter; a generation count lets a waiter know a set() happened");
    }
}
