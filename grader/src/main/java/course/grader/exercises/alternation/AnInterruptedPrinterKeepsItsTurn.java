package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A printer is interrupted while it waits for its turn: from inside the print of {@value #TRIGGER},
 * the thread that printed {@value #INTERRUPTED_PRINTERS_FIRST} — waiting for its next number — is
 * interrupted. A printer is print's own thread, with no caller to hand the interrupt to, so, as the
 * contract says, it waits on and prints its numbers all the same, and print still returns once
 * every number is printed. A printer that takes the interrupt for "stop" leaves its numbers
 * unprinted, and the others wait for ever for a turn it will never take.
 */
@CheckInfo(id = "an-interrupted-printer-keeps-its-turn", kind = CheckKind.FUNCTIONAL, points = 1,
        requires = "two-printers-alternate",
        title = "A printer interrupted while it waits for its turn still prints its numbers, and print returns")
public final class AnInterruptedPrinterKeepsItsTurn implements CheckBody {

    private static final int COUNT = 12;
    private static final int PRINTERS = 3;
    /** The number inside whose print the interrupt is sent. */
    private static final int TRIGGER = 3;
    /** The first number of the printer interrupted: it printed it, and waits for its next one. */
    private static final int INTERRUPTED_PRINTERS_FIRST = 2;
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Override
    public void run(CheckContext context) throws Exception {
        Map<Integer, Thread> printerOf = new ConcurrentHashMap<>();
        Printout printout = Printout.start(COUNT, PRINTERS, (number, run) -> {
            printerOf.put(number, Thread.currentThread());
            if (number == TRIGGER) {
                printerOf.get(INTERRUPTED_PRINTERS_FIRST).interrupt();
            }
        });
        try {
            printout.caller().joinSelfContained(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw failure("print had not returned " + BOUND.toSeconds() + " s later: " + stuck.diagnosis(), true);
        }
        Printout.Mistake mistake = printout.firstMistake();
        if (mistake != null) {
            throw failure(mistake.observed(), false);
        }
    }

    private static CheckFailure failure(String observed, boolean threadsLeftRunning) {
        return new CheckFailure(Feedback.expected("print(" + COUNT + ", " + PRINTERS + " printers) to print every number in"
                        + " order and return, although the printer of " + INTERRUPTED_PRINTERS_FIRST + ", "
                        + (INTERRUPTED_PRINTERS_FIRST + PRINTERS) + ", … was interrupted while it waited for its turn")
                .observed(observed)
                .cause("the interrupted printer took the interrupt for \"stop\" (it returned, or skipped a number,"
                        + " when its wait threw InterruptedException): its numbers are never printed, and the printers"
                        + " after it wait for ever for a turn it will not take")
                .revisit("a printer has no caller to hand an interrupt to: it waits on for its turn"
                        + " (awaitUninterruptibly, or catch, wait again, and restore the status at the end)"),
                threadsLeftRunning);
    }
}
