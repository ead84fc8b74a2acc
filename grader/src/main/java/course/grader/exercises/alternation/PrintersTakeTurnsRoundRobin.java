package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;

/** The same for 1, 3 and 4 printers: each prints every k-th number, in turn. */
@CheckInfo(id = "printers-take-turns-round-robin", kind = CheckKind.STRESS, points = 3,
        title = "1, 3 and 4 printers print 0..n−1 round-robin and return, 5 times each")
public final class PrintersTakeTurnsRoundRobin implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        RoundRobin.require(new int[] {3, 10, 11, 12, 50}, new int[] {1, 3, 4}, 5);
    }
}
