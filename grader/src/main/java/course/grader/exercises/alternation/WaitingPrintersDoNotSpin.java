package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.CpuClock;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadRoles;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Printer 0 is held inside its print of 0 for {@value #WAIT_MILLIS} ms, so the other printers and
 * the caller of print have nothing to do but wait. The CPU time each of them uses meanwhile is
 * compared with that of a thread blocked in the JDK's CountDownLatch over the same time (what
 * waiting costs in this JVM) plus a small share of the wall time: a thread that spins on the turn,
 * or a caller that polls for the end, uses most of the wall time.
 */
@CheckInfo(id = "waiting-printers-do-not-spin", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "Printers waiting for their turn, and the caller waiting for the end, use no CPU")
public final class WaitingPrintersDoNotSpin implements CheckBody {

    private static final long WAIT_MILLIS = 400;
    private static final Duration WAIT = Duration.ofMillis(WAIT_MILLIS);
    /** Time for every thread of the run to reach its wait before the measurement starts. */
    private static final Duration SETTLE = Duration.ofMillis(100);
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final double ALLOWED_SHARE_OF_WALL_TIME = 0.10;
    private static final int PRINTERS = 3;
    private static final int COUNT = 6;

    @Override
    public void run(CheckContext context) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Printout printout = Printout.start(COUNT, PRINTERS, (number, run) -> {
            if (number == 0) {
                holding.countDown();
                release.await();
            }
        });
        ThreadGang baseline = ThreadGang.start("latch-waiter", 1, index -> release.await());
        try {
            if (!printout.caller().await(holding, BOUND)) {
                release.countDown();
                printout.caller().joinSelfContained(BOUND);
                throw new CheckFailure(Feedback.expected("print(" + COUNT + ", " + PRINTERS + " printers) to print 0")
                        .observed("print returned without printing 0")
                        .cause("printer 0 never printed its first number")
                        .revisit("start one thread per printer; printer 0 prints 0 first"));
            }
            Thread.sleep(SETTLE);
            List<Thread> waiting = printout.otherThreadsStarted();
            Duration baselineBefore = CpuClock.cpuTime(baseline.threads().getFirst());
            List<Duration> before = waiting.stream().map(CpuClock::cpuTime).toList();
            Thread.sleep(WAIT);
            Duration allowed = CpuClock.cpuTime(baseline.threads().getFirst()).minus(baselineBefore)
                    .plus(Duration.ofNanos((long) (WAIT.toNanos() * ALLOWED_SHARE_OF_WALL_TIME)));
            List<String> spinning = new ArrayList<>();
            Duration most = Duration.ZERO;
            for (int thread = 0; thread < waiting.size(); thread++) {
                Duration used = CpuClock.cpuTime(waiting.get(thread)).minus(before.get(thread));
                most = used.compareTo(most) > 0 ? used : most;
                if (used.compareTo(allowed) > 0) {
                    spinning.add(String.format(Locale.ROOT, "'%s' used %.0f ms", ThreadRoles.of(waiting.get(thread)),
                            used.toNanos() / 1e6));
                }
            }
            context.measure("most CPU of a waiting thread", most.toNanos() / 1e6, "ms");
            if (!spinning.isEmpty()) {
                throw new CheckFailure(Feedback.expected(String.format(Locale.ROOT, "threads waiting for their turn (or"
                                + " for the printers to end) to use at most %.0f ms of CPU in %d ms",
                                allowed.toNanos() / 1e6, WAIT_MILLIS))
                        .observed("while printer 0 was printing 0, " + String.join(", ", spinning) + " of CPU in "
                                + WAIT_MILLIS + " ms")
                        .cause("a thread that is waiting loops checking the turn (or whether the printers are done)"
                                + " instead of sleeping until it is signalled: busy-waiting")
                        .revisit("Condition.await() releases the lock and sleeps; signalAll() wakes the sleepers;"
                                + " Thread.join() waits for a thread to end"), true);
            }
        } finally {
            release.countDown();
            printout.caller().joinSelfContained(BOUND);
            baseline.join(BOUND);
        }
    }
}
