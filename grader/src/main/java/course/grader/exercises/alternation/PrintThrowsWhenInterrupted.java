package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WorkerFailedException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * The thread that called print is interrupted while a printer is held inside its print of 1, so
 * print is still waiting for the printers. As its contract says, print must end at once by throwing
 * InterruptedException: not return as if the printout were complete, and not go on waiting; and, as
 * join() does, with the interrupt status clear: the exception reports the interrupt.
 */
@CheckInfo(id = "print-throws-when-interrupted", kind = CheckKind.FUNCTIONAL, points = 1, requires = "two-printers-alternate",
        title = "Interrupted while it waits for the printers, print throws InterruptedException at once, the status clear")
public final class PrintThrowsWhenInterrupted implements CheckBody {

    private static final int COUNT = 6;
    private static final int PRINTERS = 2;
    private static final int HELD_NUMBER = 1;
    private static final Duration BOUND = Duration.ofSeconds(5);
    /** How soon an interrupted print must have thrown: far above a wake-up, even on a loaded machine. */
    private static final Duration PROMPTLY = Duration.ofSeconds(2);

    @Override
    public void run(CheckContext context) throws Exception {
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Printout printout = Printout.start(COUNT, PRINTERS, (number, run) -> {
            if (number == HELD_NUMBER) {
                holding.countDown();
                release.await();
            }
        });
        try {
            if (printout.caller().await(holding, BOUND)) {
                printout.caller().threads().getFirst().interrupt();
            }
            printout.caller().join(PROMPTLY);
            throw failure("print returned normally, with " + printout.printedAtReturn() + " of " + COUNT
                    + " numbers printed and a printer still printing " + HELD_NUMBER, "the InterruptedException is"
                    + " caught and dropped (or the flag restored and the loop left), so print returns as if the"
                    + " printout were complete", false);
        } catch (WorkerFailedException failed) {
            if (!(failed.getCause() instanceof InterruptedException)) {
                throw failed;
            }
            if (printout.interruptedAsItThrew()) {
                throw new CheckFailure(Feedback.expected("print, interrupted while it waits for the printers, to throw"
                                + " InterruptedException as join() throws it: with the thread's interrupt status clear")
                        .observed("print threw InterruptedException with the caller's interrupt status set again")
                        .cause("the catch block restores the status (Thread.currentThread().interrupt()) and rethrows:"
                                + " the interrupt is reported twice, and a caller that catches the exception and goes"
                                + " on finds its next sleep, wait or join fails at once")
                        .revisit("a method that throws InterruptedException reports the interrupt by the exception;"
                                + " restore the status only where you cannot throw it"));
            }
        } catch (ThreadsStuckException stuck) {
            throw failure("print was still waiting " + PROMPTLY.toSeconds() + " s after the interrupt: "
                    + stuck.diagnosis(), "the InterruptedException is caught and the wait resumed", true);
        } finally {
            release.countDown();
        }
        for (Thread thread : printout.otherThreadsStarted()) {
            thread.join(BOUND);
        }
    }

    private static CheckFailure failure(String observed, String cause, boolean threadsLeftRunning) {
        return new CheckFailure(Feedback.expected("print, interrupted while it waits for the printers, to throw"
                        + " InterruptedException at once")
                .observed(observed)
                .cause(cause)
                .revisit("let InterruptedException propagate from join(); declare it, do not swallow it"),
                threadsLeftRunning);
    }
}
