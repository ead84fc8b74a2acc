package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import java.time.Duration;
import java.util.List;

/**
 * When print returns, its printer threads have ended: none is left waiting for a turn. Each
 * printout runs {@value #RUNS} times (a few milliseconds each), because a printer left behind is
 * often a race that a single run shows only now and then, and the same code should get the same score.
 */
@CheckInfo(id = "every-printer-ends", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "When print returns, every printer thread has ended")
public final class EveryPrinterEnds implements CheckBody {

    private static final int RUNS = 20;

    @Override
    public void run(CheckContext context) throws Exception {
        for (int run = 0; run < RUNS; run++) {
            for (int printers : new int[] {2, 3}) {
                requireEveryPrinterEnds(printers);
            }
        }
    }

    private static void requireEveryPrinterEnds(int printers) throws Exception {
        List<Thread> threads = Printout.of(10, printers).printerThreads();
        for (Thread thread : threads) {
            thread.join(Duration.ofMillis(500));
        }
        List<String> alive = threads.stream().filter(Thread::isAlive).map(Thread::getName).toList();
        if (!alive.isEmpty()) {
            throw new CheckFailure(Feedback.expected("every printer thread to have ended when print(10, " + printers
                            + " printers) returns")
                    .observed("thread(s) " + alive + " never ended: waiting for a turn after their last number")
                    .cause("a printer that printed its last number still waits for a signal, and print() returns"
                            + " without joining it")
                    .revisit("leave the loop after the last number, and join() every thread you start"), true);
        }
    }
}
