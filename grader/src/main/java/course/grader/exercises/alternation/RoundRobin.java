package course.grader.exercises.alternation;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;

/** Runs print for every combination of counts and printers, and fails at the first wrong printout. */
final class RoundRobin {

    private RoundRobin() {
    }

    static void require(int[] counts, int[] printerCounts, int repeats) throws Exception {
        require(counts, printerCounts, repeats, Printout.Pacing.NONE);
    }

    static void require(int[] counts, int[] printerCounts, int repeats, Printout.Pacing pacing) throws Exception {
        for (int repeat = 0; repeat < repeats; repeat++) {
            for (int printers : printerCounts) {
                for (int count : counts) {
                    requireRight(Printout.of(count, printers, pacing), count, printers);
                }
            }
        }
    }

    /** Fails the check with the printout's first mistake, in the student's terms. */
    static void requireRight(Printout printout, int count, int printers) throws CheckFailure {
        Printout.Mistake mistake = printout.firstMistake();
        if (mistake != null) {
            throw new CheckFailure(Feedback.expected("print(" + count + ", " + printers + " printers) to print 0.."
                            + (count - 1) + " in order, one at a time, printer p printing p, p + " + printers + ", …")
                    .observed(mistake.observed())
                    .cause(mistake.cause())
                    .revisit("while (next != myNumber) await(); print; next++; signalAll();"));
        }
    }
}
