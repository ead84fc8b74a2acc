package course.grader.harness;

import java.util.List;
import java.util.stream.Collectors;

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
        return outcomes.stream().filter(JcstressOutcome::forbidden).mapToLong(JcstressOutcome::count).sum();
    }

    public long totalCount() {
        return outcomes.stream().mapToLong(JcstressOutcome::count).sum();
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
