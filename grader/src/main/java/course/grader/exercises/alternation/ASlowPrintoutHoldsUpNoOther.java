package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Each call of print has its own turn, so a call whose output is slow holds up no other call. The
 * first call's printer is held inside its print of 0 until a second call, started then, has
 * printed its own 0. A lock or condition kept in a static field is shared by every call: the held
 * printer owns it, and the second call cannot print a number until the first lets go. Calls that
 * only share a turn counter are {@link ConcurrentPrintoutsAreSeparate}'s to catch.
 */
@CheckInfo(id = "a-slow-printout-holds-up-no-other", kind = CheckKind.FUNCTIONAL, points = 1, requires = "two-printers-alternate",
        title = "While one call of print is inside a slow print, another call prints its own numbers")
public final class ASlowPrintoutHoldsUpNoOther implements CheckBody {

    private static final int COUNT = 4;
    private static final int PRINTERS = 2;
    /**
     * How long the first call's printer waits inside its print for the second call's first number:
     * a thread start and a print take milliseconds, so seconds are a margin no load eats. It is
     * what the check costs a print whose calls share a lock.
     */
    private static final Duration SECOND_CALL_PRINTS_WITHIN = Duration.ofSeconds(3);
    /** For each call to end once nothing holds it: far above a printout of {@value #COUNT} numbers. */
    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final String REVISIT = "state that belongs to one call lives in that call: the lock, the"
            + " condition and the turn are created by print (or by an object print creates)";

    @Override
    public void run(CheckContext context) throws Exception {
        CountDownLatch firstCallInsideItsPrint = new CountDownLatch(1);
        CountDownLatch secondCallPrinted = new CountDownLatch(1);
        boolean[] secondCallPrintedInTime = new boolean[1];
        Printout first = Printout.start(COUNT, PRINTERS, (number, printout) -> {
            if (number == 0) {
                firstCallInsideItsPrint.countDown();
                secondCallPrintedInTime[0] = secondCallPrinted.await(SECOND_CALL_PRINTS_WITHIN.toNanos(),
                        TimeUnit.NANOSECONDS);
            }
        });
        if (!first.caller().await(firstCallInsideItsPrint, BOUND)) {
            first.caller().join(BOUND); // a TODO, or a print that hangs: the one-call checks explain it
            throw new CheckFailure(Feedback.expected("print(" + COUNT + ", " + PRINTERS + " printers) to print 0")
                    .observed("print returned without printing 0")
                    .cause("printer 0 never printed its first number")
                    .revisit("start one thread per printer; printer 0 prints 0 first"));
        }
        try {
            Printout second = Printout.start(COUNT, PRINTERS, (number, printout) -> secondCallPrinted.countDown());
            first.caller().join(SECOND_CALL_PRINTS_WITHIN.plus(BOUND));
            second.caller().join(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("two calls of print, one after the other, to end")
                    .observed("they had not ended: " + stuck.diagnosis())
                    .cause("the calls wait for each other: they share state that should be each call's own")
                    .revisit(REVISIT), true);
        }
        if (!secondCallPrintedInTime[0]) {
            throw new CheckFailure(Feedback.expected("a second call of print(" + COUNT + ", " + PRINTERS + " printers)"
                            + " to print its 0 while the first call's printer is inside its print of 0")
                    .observed("the second call printed nothing for " + SECOND_CALL_PRINTS_WITHIN.toSeconds()
                            + " s, until the first call's print of 0 returned")
                    .cause("the calls share one lock (a static field): the first call's printer holds it while it"
                            + " prints, so no printer of any other call can take its turn")
                    .revisit(REVISIT));
        }
    }
}
