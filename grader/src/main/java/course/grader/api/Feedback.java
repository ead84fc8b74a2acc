package course.grader.api;

import java.io.Serializable;
import java.util.Objects;

/**
 * What a student reads when a check fails: what was expected, what was observed, the likely
 * cause, and the concept to revisit. Build it with {@link #expected(String)}:
 *
 * <pre>{@code
 * Feedback.expected("a balance of 1 000 000 after 160 000 deposits and withdrawals")
 *         .observed("a balance of 999 412")
 *         .cause("two threads read the same old balance and both wrote back: an update was lost")
 *         .revisit("critical sections: hold the lock around every read-modify-write");
 * }</pre>
 *
 * <p>Each part is cut to {@link BoundedText#FIELD} characters, wherever the feedback is made (a
 * check, the protocol's reader, a stored grade), as parts often quote what the student's code said.
 */
public record Feedback(String expected, String observed, String cause, String revisit) implements Serializable {

    public Feedback {
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(observed, "observed");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(revisit, "revisit");
        expected = BoundedText.cap(expected);
        observed = BoundedText.cap(observed);
        cause = BoundedText.cap(cause);
        revisit = BoundedText.cap(revisit);
    }

    public static Builder expected(String expected) {
        return new Builder(expected);
    }

    /** The feedback as the few lines a student reads in the console and the reports. */
    public String render() {
        return "Expected: " + expected + "\nObserved: " + observed
                + "\nLikely cause: " + cause + "\nRevisit: " + revisit;
    }

    /** Staged builder: expected, then observed, then cause, then the concept to revisit. */
    public static final class Builder {
        private final String expected;
        private String observed;
        private String cause;

        private Builder(String expected) {
            this.expected = expected;
        }

        public Builder observed(String observed) {
            this.observed = observed;
            return this;
        }

        public Builder cause(String cause) {
            this.cause = cause;
            return this;
        }

        public Feedback revisit(String concept) {
            return new Feedback(expected, observed, cause, concept);
        }
    }
}
