package course.grader.classreport;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** How the grading of one submission of a class ended; written in class.json, class.csv and result.json as {@link #label()}. */
public enum SubmissionStatus {
    GRADED,
    /** No exercise of the submission compiled. */
    NOT_COMPILED,
    /** Some exercise uses an API the grader does not run. */
    FLAGGED,
    /** The grading of the whole submission outran its time bound and was killed; scores 0. */
    TIMED_OUT,
    /** The grading process ended without a grade; scores 0. */
    CRASHED;

    /** The name used in the class report's files and page: the constant's name in lower case, words joined by '-'. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
