package course.grader.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How a check of a grade ended; written in reports as {@link #label()}. */
public enum CheckStatus {
    PASSED,
    FAILED,
    /** The check never ran: its exercise was not graded (see the exercise's status and note); scores 0. */
    NOT_RUN;

    /** The name used in grade.json and the reports: the constant's name in lower case, words joined by '-'. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
