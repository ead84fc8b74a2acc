package course.grader.exercises.alternation;

import course.alternation.Alternation;
import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

/**
 * The same for 1, 3 and 4 printers: each prints every k-th number, in turn. And one printer prints
 * {@value #LONG_PRINTOUT} numbers: more than a short or a char can count to.
 */
@CheckInfo(id = "printers-take-turns-round-robin", kind = CheckKind.STRESS, points = 3,
        title = "1, 3 and 4 printers print 0..n−1 round-robin and return, 5 times each; one printer prints 70 000 numbers")
public final class PrintersTakeTurnsRoundRobin implements CheckBody {

    private static final int LONG_PRINTOUT = 70_000;
    private static final Duration LONG_BOUND = Duration.ofSeconds(10);
    /** Where a counter of a type too small for the printout stops: past the largest byte, short or char. */
    private static final Set<Integer> WRAP_POINTS = Set.of(128, 256, 32_768, 65_536);

    @Override
    public void run(CheckContext context) throws Exception {
        RoundRobin.require(new int[] {3, 10, 11, 12, 50}, new int[] {1, 3, 4}, 5);
        requireALongPrintout();
    }

    /**
     * One printer, {@value #LONG_PRINTOUT} numbers, each checked as it comes by an output that does
     * nothing else (a recorded printout of this length would take seconds).
     */
    private static void requireALongPrintout() throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicReference<String> wrong = new AtomicReference<>();
        IntConsumer out = Neutral.as(IntConsumer.class, number -> {
            int expected = next.getAndIncrement();
            if (number != expected) {
                wrong.compareAndSet(null, number + " was printed where " + expected + " belongs");
            }
        });
        ThreadGang caller = ThreadGang.start("caller", 1, index -> Alternation.print(LONG_PRINTOUT, 1, out));
        try {
            caller.joinSelfContained(LONG_BOUND);
        } catch (ThreadsStuckException stuck) {
            int printed = next.get();
            throw new CheckFailure(longPrintout()
                    .observed("it stopped after " + printed + " numbers: " + stuck.diagnosis())
                    .cause(WRAP_POINTS.contains(printed)
                            ? "the number whose turn it is is kept in a type too small for the printout: a byte, short"
                                    + " or char wraps round to a negative number (or 0) there, and the turn never"
                                    + " comes to " + printed
                            : "the printer stopped waiting for a turn that never came")
                    .revisit("count turns in an int, like the numbers they stand for"), true);
        }
        if (wrong.get() != null || next.get() != LONG_PRINTOUT) {
            throw new CheckFailure(longPrintout()
                    .observed(wrong.get() != null ? wrong.get() : "print returned after " + next.get() + " numbers")
                    .cause("the numbers a printer prints are counted in a type too small for the printout, or the loop"
                            + " ends early")
                    .revisit("count turns in an int, like the numbers they stand for"));
        }
    }

    private static Feedback.Builder longPrintout() {
        return Feedback.expected("print(" + LONG_PRINTOUT + ", 1 printer) to print 0.." + (LONG_PRINTOUT - 1)
                + " in order and return");
    }
}
