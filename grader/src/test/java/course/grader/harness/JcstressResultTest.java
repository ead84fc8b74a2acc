package course.grader.harness;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/** Rounds of one jcstress test add up as if one longer run had observed them all. */
class JcstressResultTest {

    private static final JcstressOutcome OVERLAPPED = new JcstressOutcome("2, true", 10, "ACCEPTABLE", "overlapped");
    private static final JcstressOutcome SEQUENTIAL = new JcstressOutcome("2, false", 90, "ACCEPTABLE", "one after the other");
    private static final JcstressOutcome LOST = new JcstressOutcome("1, true", 3, "FORBIDDEN", "a deposit was lost");

    @Test
    void roundsAddUpOutcomeByOutcome() {
        JcstressResult first = normal(OVERLAPPED, SEQUENTIAL);
        JcstressResult second = normal(SEQUENTIAL, LOST, OVERLAPPED);

        JcstressResult both = first.plus(second);

        assertEquals(203, both.totalCount());
        assertEquals(3, both.forbiddenCount());
        assertEquals(23, both.count(outcome -> outcome.state().endsWith("true")));
        assertEquals("in 203 runs: '2, true' (overlapped) 20 times, '2, false' (one after the other) 180 times,"
                + " '1, true' (a deposit was lost) 3 times", both.summary());
    }

    @Test
    void aRoundThatFailedToRunDecidesTheResult() {
        JcstressResult error = new JcstressResult("TEST_ERROR", List.of(), List.of("java.lang.IllegalStateException"));

        assertSame(error, normal(OVERLAPPED).plus(error));
        assertSame(error, error.plus(normal(OVERLAPPED)));
    }

    private static JcstressResult normal(JcstressOutcome... outcomes) {
        return new JcstressResult("NORMAL", List.of(outcomes), List.of());
    }
}
