package course.grader.harness;

/**
 * One outcome jcstress observed: the state the arbiter saw, how often, and whether the test
 * allows it.
 */
public record JcstressOutcome(String state, long count, String expectation, String description) {

    public boolean forbidden() {
        return "FORBIDDEN".equals(expectation);
    }

    /** This outcome seen as often as both together. */
    JcstressOutcome plus(JcstressOutcome sameState) {
        return new JcstressOutcome(state, count + sameState.count, expectation, description);
    }

    @Override
    public String toString() {
        return "'" + state + "' (" + description + ") " + String.format("%,d", count) + " times";
    }
}
