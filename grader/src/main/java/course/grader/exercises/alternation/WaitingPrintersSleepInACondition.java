package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.BlockingWaits;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The run-time twin of {@link NoSleepForOrdering}, which reads the code: from inside each print of
 * a printout by {@value #PRINTERS} printers, the check looks where the other printers wait. A
 * printer that prints under the lock keeps the others queued for it, and those woken by a signal
 * take it back inside their await; so some look must find a printer asleep in Condition.await or
 * Object.wait, and none may find one asleep in another synchronizer (a condition signalled for the
 * rule's sake while a semaphore or a phaser hands the turns on is not waited on).
 */
@CheckInfo(id = "waiting-printers-sleep-in-a-condition", kind = CheckKind.FUNCTIONAL, points = 1,
        requires = "two-printers-alternate",
        title = "Printers waiting for their turn sleep in Condition.await (or Object.wait)")
public final class WaitingPrintersSleepInACondition implements CheckBody {

    private static final int COUNT = 60;
    private static final int PRINTERS = 3;

    @Override
    public void run(CheckContext context) throws Exception {
        AtomicBoolean seenOnACondition = new AtomicBoolean();
        AtomicReference<String> seenElsewhere = new AtomicReference<>();
        Printout printout = Printout.of(COUNT, PRINTERS, (number, run) -> {
            for (Thread other : run.threadsOfTheRun()) {
                if (other == Thread.currentThread()) {
                    continue;
                }
                switch (BlockingWaits.sleepOf(other)) {
                    case ON_A_CONDITION -> seenOnACondition.set(true);
                    case ELSEWHERE -> seenElsewhere.compareAndSet(null, BlockingWaits.waitingIn(other));
                    default -> { }
                }
            }
        });
        RoundRobin.requireRight(printout, COUNT, PRINTERS);
        if (seenElsewhere.get() != null && !seenOnACondition.get()) {
            throw new CheckFailure(Feedback.expected("printers waiting for their turn to sleep in Condition.await() (or"
                            + " Object.wait())")
                    .observed("looked at from inside each print, they slept in " + seenElsewhere.get()
                            + ", never in a condition")
                    .cause(BlockingWaits.ANOTHER_SYNCHRONIZER)
                    .revisit("condition variables: while (not my turn) await(); ... signalAll();"));
        }
    }
}
