package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.harness.IdleCpu;
import course.grader.harness.ThreadGang;
import course.grader.harness.WakeUps;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Three workers wait half a second, two in await() and one in await(timeout). Their CPU time is
 * compared with that of a thread blocked in the JDK's own CountDownLatch over the same half second
 * (the baseline of what waiting costs in this JVM) plus a small fraction of the wall time: a
 * spinning waiter uses most of the wall time. A waiter that wakes on a clock must be woken by the
 * set() that ends the wait, not find it at its next look. The event has been set and cleared a few
 * thousand times first: an event serves for a program's whole life, and every set() must signal,
 * not only its first few.
 */
@CheckInfo(id = "waiters-do-not-spin", kind = CheckKind.FUNCTIONAL, points = 2, requires = "set-before-await-does-not-block",
        title = "Waiting workers, timed or not, use no more CPU than a thread blocked in a CountDownLatch")
public final class WaitersDoNotSpin implements CheckBody {

    private static final Duration WAIT = Duration.ofMillis(500);
    /** How often, at the least, the event is set and cleared before the workers wait on it. */
    private static final int EARLIER_USES = 2_000;

    @Override
    public void run(CheckContext context) throws Exception {
        Event event = new Event();
        int uses = EARLIER_USES + ThreadLocalRandom.current().nextInt(EARLIER_USES);
        ThreadGang.start("user", 1, index -> {
            for (int use = 0; use < uses; use++) {
                event.set();
                event.clear();
            }
        }).join(Duration.ofSeconds(10));
        ThreadGang workers = Waiters.start(event, 3, 1, set -> { });
        Waiters.untilAllAsleep(workers, Duration.ofSeconds(10), false);
        IdleCpu.Measurement cost = IdleCpu.measure(workers.threads(), WAIT);
        WakeUps.WakeUp wake = WakeUps.afterChange(cost, workers.threads(), () -> Waiters.wakeEach(event, workers));
        workers.join(Duration.ofSeconds(3));

        context.measure("waiter CPU while waiting", cost.mostMillis(), "ms");
        if (cost.spins()) {
            throw new CheckFailure(cost.spinningFeedback("a waiting worker")
                    .cause("await() loops checking the flag instead of sleeping until it is signalled: busy-waiting")
                    .revisit("Condition.await() releases the lock and sleeps; signalAll() wakes the sleepers"));
        }
        if (wake.late()) {
            throw new CheckFailure(wake.lateFeedback("a waiting worker", "set() is called")
                    .cause("set() wakes nobody: await() sleeps for a while and looks at the flag again (polling), so a"
                            + " set() waits for the waiters' clock")
                    .revisit("Condition.await() sleeps until signalled; set() calls signalAll()"));
        }
    }
}
