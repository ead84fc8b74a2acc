package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import java.util.List;

/**
 * At the instant print returns, every number is printed and no printer thread is still running the
 * student's code: none is left waiting for a turn, none is finishing its last print. The last number
 * is held inside its print for {@value #LAST_PRINT_MILLIS} ms, so a print that returns before its
 * printers are done is caught while they are. Each printout runs {@value #RUNS} times, because a
 * printer left behind is often a race, and the same code should get the same score. (A print that
 * joins with a time-out is {@link WaitsOutlastASlowPrint}'s to catch.) Last, {@value #IDLE_RUNS}
 * printouts of {@value #FEW_NUMBERS} number by {@value #MANY_PRINTERS} printers: the printers with
 * no number end at once, but print must still join them, and a print that skips them returns while
 * most are alive (not yet run: they show no frame of the student's code, so it is their being alive
 * that is checked).
 */
@CheckInfo(id = "every-printer-ends", kind = CheckKind.FUNCTIONAL, points = 2, requires = "two-printers-alternate",
        title = "When print returns, every number is printed and every printer thread has ended")
public final class EveryPrinterEnds implements CheckBody {

    private static final int RUNS = 10;
    private static final int COUNT = 10;
    private static final long LAST_PRINT_MILLIS = 20;
    /** Printouts with idle printers: a skipped join leaves one alive at return nine times in ten, here and under load. */
    private static final int IDLE_RUNS = 10;
    private static final int FEW_NUMBERS = 1;
    private static final int MANY_PRINTERS = 8;

    @Override
    public void run(CheckContext context) throws Exception {
        for (int run = 0; run < RUNS; run++) {
            for (int printers : new int[] {1, 2, 3}) {
                requireEveryPrinterEnds(printers);
            }
        }
        for (int run = 0; run < IDLE_RUNS; run++) {
            requireIdlePrintersJoined();
        }
    }

    private static void requireIdlePrintersJoined() throws Exception {
        Printout printout = Printout.of(FEW_NUMBERS, MANY_PRINTERS);
        if (printout.aliveAtReturn() > 0) {
            throw new CheckFailure(Feedback.expected("every printer thread ended when print(" + FEW_NUMBERS + ", "
                            + MANY_PRINTERS + " printers) returns, " + (MANY_PRINTERS - FEW_NUMBERS) + " of them with"
                            + " no number to print")
                    .observed("when print returned, " + printout.aliveAtReturn() + " printer thread(s) it had started"
                            + " were still alive")
                    .cause("print does not join the printers that have nothing to print: they end quickly, but not"
                            + " always before print returns")
                    .revisit("join() every thread you start, however little it has to do"), true);
        }
    }

    private static void requireEveryPrinterEnds(int printers) throws Exception {
        Printout printout = Printout.of(COUNT, printers, (number, run) -> {
            if (number == COUNT - 1) {
                Thread.sleep(LAST_PRINT_MILLIS);
            }
        });
        List<String> running = printout.runningAtReturn();
        if (printout.printedAtReturn() < COUNT || !running.isEmpty()) {
            throw new CheckFailure(Feedback.expected("every number printed and every printer thread ended when print("
                            + COUNT + ", " + printers + " printers) returns, the last print taking "
                            + LAST_PRINT_MILLIS + " ms")
                    .observed("when print returned, " + printout.printedAtReturn() + " of " + COUNT + " numbers were"
                            + " printed" + (running.isEmpty() ? "" : " and thread(s) " + String.join(", ", running)
                            + " still ran"))
                    .cause(cause(printout, running))
                    .revisit("leave the loop after the last number, and join() every thread you start, with no"
                            + " time-out"), true);
        }
    }

    private static String cause(Printout printout, List<String> running) {
        if (printout.printedAtReturn() < COUNT) {
            return "print returns before the printers are done: it waits for something other than their end (a"
                    + " count, a flag, a latch counted down before the print), or does not join every printer";
        }
        return running.stream().anyMatch(thread -> thread.contains("' waiting"))
                ? "a printer that printed its last number still waits for a turn, and print returns without joining it"
                : "print returns when the last number is out, not when the printers have ended: join() every thread";
    }
}
