package course.grader.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a check of a grade ended; written in reports as {@link #label()}. */
public enum CheckStatus {
    PASSED,
    FAILED,
    /**
     * The machine could not decide the check (too few CPUs, say): full points, and the feedback
     * says what the machine lacks. The student's code is neither blamed nor credited with a pass.
     */
    UNDECIDED,
    /** The check never ran: its exercise was not graded (see the exercise's status and note); scores 0. */
    NOT_RUN;

    /** The name used in grade.json and the reports: the constant's name in lower case, words joined by '-'. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
