package course.grader.report;

import course.grader.api.BoundedText;
import java.util.List;

/**
 * The grade of one exercise.
 *
 * @param status {@link #GRADED}, {@link #NOT_COMPILED} when its sources did not compile,
 *               {@link #FLAGGED} when it uses an API the grader does not run, or {@link #GRADER_FAILED}
 * @param note   the compiler's messages, or the forbidden uses with their lines
 */
public record ExerciseGrade(String id, String title, String status, int score, int maxScore, String note,
                            List<CheckGrade> checks) {

    /** The note quotes the compiler or the gate on the student's code: cut to its bound. */
    public ExerciseGrade {
        note = BoundedText.cap(note, BoundedText.LONG_FIELD);
    }

    public static final String GRADED = "graded";
    public static final String NOT_COMPILED = "not-compiled";
    /** Not run: the code uses an API the grader does not allow (see the note); scores 0. */
    public static final String FLAGGED = "flagged";
    /** Not finished: the grader itself failed on this exercise (see the note); the other exercises are graded. */
    public static final String GRADER_FAILED = "grader-failed";

    public static ExerciseGrade graded(String id, String title, List<CheckGrade> checks) {
        return new ExerciseGrade(id, title, GRADED,
                checks.stream().mapToInt(CheckGrade::score).sum(),
                checks.stream().mapToInt(CheckGrade::maxScore).sum(), null, checks);
    }

    public long failedChecks() {
        return checks.stream().filter(check -> !check.passed()).count();
    }
}
