package course.grader.exercises.alternation;

import course.alternation.Alternation;
import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One run of {@link Alternation#print}: every number printed, and the thread that printed it. */
final class Printout {

    private record Line(int number, Thread printer) {
    }

    private static final Duration BOUND = Duration.ofSeconds(5);

    private final int count;
    private final int printers;
    private final List<Line> lines = Collections.synchronizedList(new ArrayList<>());

    private Printout(int count, int printers) {
        this.count = count;
        this.printers = printers;
    }

    /** Runs the student's print and returns what it printed; a run that does not end fails the check. */
    static Printout of(int count, int printers) throws Exception {
        Printout printout = new Printout(count, printers);
        try {
            ThreadGang.start("caller", 1, index -> Alternation.print(count, printers,
                            number -> printout.lines.add(new Line(number, Thread.currentThread()))))
                    .joinSelfContained(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("print(" + count + ", " + printers + " printers) to print every number"
                            + " and return within " + BOUND.toSeconds() + " s")
                    .observed("after " + printout.lines.size() + " of " + count + " numbers it had not returned"
                            + (stuck.isStalled() ? ", and never would: every thread was waiting, none left to wake"
                                    + " the others: " : ": ")
                            + stuck.diagnosis())
                    .cause("a printer waits for a turn that will never come — after its last number, or for a"
                            + " signal that was sent before it started waiting")
                    .revisit("keep the turn in shared state, wait while it is not yours, signal after every"
                            + " turn, and leave after your last number"), true);
        }
        return printout;
    }

    /** The first thing wrong with the printout, said for a student; null when it is right. */
    String firstMistake() {
        List<Line> printed = List.copyOf(lines);
        for (int position = 0; position < Math.max(count, printed.size()); position++) {
            if (position >= printed.size()) {
                return "the printout stopped after " + position + " of " + count + " numbers";
            }
            Line line = printed.get(position);
            if (position >= count || line.number() != position) {
                return "at position " + position + " came " + line.number() + " instead of "
                        + (position >= count ? "nothing" : position) + " (printout began " + head(printed) + ")";
            }
            if (position >= printers && line.printer() != printed.get(position - printers).printer()) {
                return position + " was printed by thread '" + line.printer().getName() + "', but "
                        + (position - printers) + " by thread '" + printed.get(position - printers).printer().getName()
                        + "': each printer must print every " + ordinal(printers) + " number";
            }
            if (position > 0 && position < printers && isPrinterOf(printed, position)) {
                return position + " was printed by the same thread as an earlier number: " + printers
                        + " printers must be " + printers + " different threads";
            }
            if (line.printer().getName().startsWith("caller-")) {
                return position + " was printed by the thread that called print(), not by a printer thread";
            }
        }
        return null;
    }

    /** The threads that printed. */
    List<Thread> printerThreads() {
        return lines.stream().map(Line::printer).distinct().toList();
    }

    private static boolean isPrinterOf(List<Line> printed, int position) {
        Thread printer = printed.get(position).printer();
        return printed.subList(0, position).stream().anyMatch(earlier -> earlier.printer() == printer);
    }

    private static String head(List<Line> printed) {
        return printed.stream().limit(12).map(line -> String.valueOf(line.number())).toList().toString();
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 1 -> "";
            case 2 -> "second";
            case 3 -> "third";
            default -> n + "th";
        };
    }
}
