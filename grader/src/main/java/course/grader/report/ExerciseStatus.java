package course.grader.report;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Whether and how an exercise was graded; written in grade.json and the reports as {@link #label()}. */
public enum ExerciseStatus {
    GRADED,
    /** Not run: its sources did not compile (see the note); scores 0. */
    NOT_COMPILED,
    /** Not run: the code uses an API the grader does not allow, or files stand beside it (see the note); scores 0. */
    FLAGGED,
    /** Not finished: the grader itself failed on this exercise (see the note); the other exercises are graded. */
    GRADER_FAILED;

    /** The name used in grade.json and the reports: the constant's name in lower case, words joined by '-'. */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
