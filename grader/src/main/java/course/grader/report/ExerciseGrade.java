package course.grader.report;

import course.grader.api.BoundedText;
import java.util.List;

/**
 * The grade of one exercise.
 *
 * @param status whether it was graded, and if not why (then every check is {@link CheckStatus#NOT_RUN})
 * @param note   the compiler's messages, or the forbidden uses with their lines
 */
public record ExerciseGrade(String id, String title, ExerciseStatus status, int score, int maxScore, String note,
                            List<CheckGrade> checks) {

    /** The note quotes the compiler or the gate on the student's code: cut to its bound. */
    public ExerciseGrade {
        note = BoundedText.cap(note, BoundedText.LONG_FIELD);
    }

    public static ExerciseGrade graded(String id, String title, List<CheckGrade> checks) {
        return new ExerciseGrade(id, title, ExerciseStatus.GRADED,
                checks.stream().mapToInt(CheckGrade::score).sum(),
                checks.stream().mapToInt(CheckGrade::maxScore).sum(), null, checks);
    }

    public long failedChecks() {
        return checks.stream().filter(check -> !check.passed()).count();
    }
}
