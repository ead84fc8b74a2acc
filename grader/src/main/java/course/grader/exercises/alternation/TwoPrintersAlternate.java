package course.grader.exercises.alternation;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;

/** The notes' scenario: two printers, evens and odds, for odd and even counts, repeated. */
@CheckInfo(id = "two-printers-alternate", kind = CheckKind.STRESS, points = 3,
        title = "2 printers print 0..n−1 strictly alternating and return, for n odd and even, 10 times each")
public final class TwoPrintersAlternate implements CheckBody {

    private static final int[] COUNTS = {0, 1, 2, 9, 10, 101};

    @Override
    public void run(CheckContext context) throws Exception {
        RoundRobin.require(COUNTS, new int[] {2}, 10);
    }
}
