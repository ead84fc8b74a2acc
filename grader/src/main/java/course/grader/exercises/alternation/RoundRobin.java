package course.grader.exercises.alternation;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;

/** Runs print for every combination of counts and printers, and fails at the first wrong printout. */
final class RoundRobin {

    private RoundRobin() {
    }

    static void require(int[] counts, int[] printerCounts, int repeats) throws Exception {
        for (int repeat = 0; repeat < repeats; repeat++) {
            for (int printers : printerCounts) {
                for (int count : counts) {
                    String mistake = Printout.of(count, printers).firstMistake();
                    if (mistake != null) {
                        throw new CheckFailure(Feedback.expected("print(" + count + ", " + printers + " printers) to print 0.."
                                        + (count - 1) + " in order, printer p printing p, p + " + printers + ", …")
                                .observed(mistake)
                                .cause("a printer goes ahead when it is not its turn: the turn is checked with if instead"
                                        + " of while, or the turn does not account for every printer")
                                .revisit("while (next != myNumber) await(); print; next++; signalAll();"));
                    }
                }
            }
        }
    }
}
