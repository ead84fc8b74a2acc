package course.grader.exercises.event;

import course.event.Event;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.CpuClock;
import course.grader.harness.ThreadGang;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Three workers wait half a second. Their CPU time is compared with that of a thread blocked in
 * the JDK's own CountDownLatch over the same half second (the baseline of what waiting costs in
 * this JVM) plus a small fraction of the wall time: a spinning waiter uses most of the wall time.
 */
@CheckInfo(id = "waiters-do-not-spin", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "Waiting workers use no more CPU than a thread blocked in a CountDownLatch")
public final class WaitersDoNotSpin implements CheckBody {

    private static final Duration WAIT = Duration.ofMillis(500);
    private static final double ALLOWED_SHARE_OF_WALL_TIME = 0.10;

    @Override
    public void run(CheckContext context) throws Exception {
        Event event = new Event();
        CountDownLatch never = new CountDownLatch(1);
        ThreadGang workers = Waiters.start(event, 3, () -> { });
        ThreadGang reference = ThreadGang.start("latch-waiter", 1, index -> never.await());
        Waiters.untilAllAsleep(workers, Duration.ofSeconds(10), false);
        Duration baselineBefore = CpuClock.cpuTime(reference.threads().get(0));
        Duration[] before = workers.threads().stream().map(CpuClock::cpuTime).toArray(Duration[]::new);
        Thread.sleep(WAIT);
        Duration baseline = CpuClock.cpuTime(reference.threads().get(0)).minus(baselineBefore);
        Duration most = Duration.ZERO;
        for (int worker = 0; worker < before.length; worker++) {
            Duration used = CpuClock.cpuTime(workers.threads().get(worker)).minus(before[worker]);
            most = used.compareTo(most) > 0 ? used : most;
        }
        event.set();
        never.countDown();
        workers.join(Duration.ofSeconds(3));
        reference.join(Duration.ofSeconds(3));

        Duration allowed = baseline.plus(Duration.ofNanos((long) (WAIT.toNanos() * ALLOWED_SHARE_OF_WALL_TIME)));
        context.measure("waiter CPU while waiting", most.toNanos() / 1e6, "ms");
        if (most.compareTo(allowed) > 0) {
            throw new CheckFailure(Feedback.expected(String.format(Locale.ROOT, "a waiting worker to use about as little CPU"
                            + " as a thread blocked in a CountDownLatch (%.1f ms in %d ms)", baseline.toNanos() / 1e6,
                            WAIT.toMillis()))
                    .observed(String.format(Locale.ROOT, "a waiting worker used %.0f ms of CPU in %d ms",
                            most.toNanos() / 1e6, WAIT.toMillis()))
                    .cause("await() loops checking the flag instead of sleeping until it is signalled: busy-waiting")
                    .revisit("Condition.await() releases the lock and sleeps; signalAll() wakes the sleepers"));
        }
    }
}
