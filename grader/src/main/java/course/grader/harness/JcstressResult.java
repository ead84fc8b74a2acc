package course.grader.harness;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What one jcstress test observed.
 *
 * @param status   jcstress's status: NORMAL, or the kind of error (TEST_ERROR when an actor threw)
 * @param messages jcstress's messages for an error, such as the exception an actor threw
 */
public record JcstressResult(String status, List<JcstressOutcome> outcomes, List<String> messages) {

    public boolean ranNormally() {
        return "NORMAL".equals(status);
    }

    public long forbiddenCount() {
        return count(JcstressOutcome::forbidden);
    }

    public long totalCount() {
        return count(outcome -> true);
    }

    /** How many runs ended in an outcome {@code which} accepts. */
    public long count(Predicate<JcstressOutcome> which) {
        return outcomes.stream().filter(which).mapToLong(JcstressOutcome::count).sum();
    }

    /** The two results as if one run had observed both; an error in either wins. */
    public JcstressResult plus(JcstressResult other) {
        if (!ranNormally()) {
            return this;
        }
        if (!other.ranNormally()) {
            return other;
        }
        Map<String, JcstressOutcome> byState = new LinkedHashMap<>();
        Stream.concat(outcomes.stream(), other.outcomes.stream()).forEach(outcome ->
                byState.merge(outcome.state(), outcome, JcstressOutcome::plus));
        return new JcstressResult(status, List.copyOf(byState.values()), messages);
    }

    /** The observed outcomes, or the error, as one line for feedback. */
    public String summary() {
        if (!ranNormally()) {
            String firstException = messages.stream().filter(line -> line.contains("Exception") || line.contains("Error"))
                    .findFirst().orElse(messages.isEmpty() ? "" : messages.get(0));
            return "the jcstress test could not run normally (" + status + "): " + firstException.strip();
        }
        return "in " + String.format("%,d", totalCount()) + " runs: "
                + outcomes.stream().map(JcstressOutcome::toString).collect(Collectors.joining(", "));
    }
}
