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
 * it (as the first worker back would). Every worker must wake — none before the set, and not just one.
 */
@CheckInfo(id = "set-wakes-every-waiter", kind = CheckKind.STRESS, points = 3,
        title = "set() wakes all 5 waiting workers, even when clear() follows at once; none wakes before set()")
public final class SetWakesEveryWaiter implements CheckBody {

    private static final int WORKERS = 5;
    private static final int ROUNDS = 20;

    @Override
    public void run(CheckContext context) throws Exception {
        boolean spinning = false;
        for (int round = 1; round <= ROUNDS; round++) {
            Event event = new Event();
            AtomicBoolean setCalled = new AtomicBoolean();
            AtomicInteger wokenEarly = new AtomicInteger();
            AtomicInteger woken = new AtomicInteger();
            ThreadGang workers = Waiters.start(event, WORKERS, () -> {
                if (!setCalled.get()) {
                    wokenEarly.incrementAndGet();
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
                                : "set() wakes one waiter (signal) instead of all of them (signalAll)"), true);
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
