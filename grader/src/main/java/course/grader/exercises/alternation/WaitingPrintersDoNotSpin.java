package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.IdleCpu;
import course.grader.harness.ThreadGang;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * Printer 0 is held inside its print of 0 for {@value #WAIT_MILLIS} ms, so the other printers and
 * the caller of print have nothing to do but wait. The CPU time each of them uses meanwhile is
 * compared with what blocking costs over the same time ({@link IdleCpu}): a thread that spins on
 * the turn, or a caller that polls for the end, uses about what a spinner gets.
 */
@CheckInfo(id = "waiting-printers-do-not-spin", kind = CheckKind.FUNCTIONAL, points = 2, requires = "two-printers-alternate",
        title = "Printers waiting for their turn, and the caller waiting for the end, use no CPU")
public final class WaitingPrintersDoNotSpin implements CheckBody {

    private static final long WAIT_MILLIS = 400;
    private static final Duration WAIT = Duration.ofMillis(WAIT_MILLIS);
    /** Time for every thread of the run to reach its wait before the measurement starts. */
    private static final Duration SETTLE = Duration.ofMillis(100);
    private static final Duration BOUND = Duration.ofSeconds(5);
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
            IdleCpu.Measurement cost = IdleCpu.measure(printout.otherThreadsStarted(), WAIT);
            context.measure("most CPU of a waiting thread", cost.mostMillis(), "ms");
            if (cost.spins()) {
                throw new CheckFailure(cost.spinningFeedback("each printer waiting for its turn, and the caller"
                                + " waiting for the printers to end,")
                        .cause("a thread that is waiting loops checking the turn (or whether the printers are done)"
                                + " instead of sleeping until it is signalled: busy-waiting")
                        .revisit("Condition.await() releases the lock and sleeps; signalAll() wakes the sleepers;"
                                + " Thread.join() waits for a thread to end"), true);
            }
        } finally {
            release.countDown();
            printout.caller().joinSelfContained(BOUND);
        }
    }
}
