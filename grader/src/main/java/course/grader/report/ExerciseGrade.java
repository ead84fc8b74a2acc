package course.grader.report;

import java.util.List;

/**
 * The grade of one exercise.
 *
 * @param status {@link #GRADED}, or {@link #NOT_COMPILED} when its sources did not compile
 * @param note   for {@link #NOT_COMPILED}, the compiler's messages
 */
public record ExerciseGrade(String id, String title, String status, int score, int maxScore, String note,
                            List<CheckGrade> checks) {

    public static final String GRADED = "graded";
    public static final String NOT_COMPILED = "not-compiled";

    public static ExerciseGrade graded(String id, String title, List<CheckGrade> checks) {
        return new ExerciseGrade(id, title, GRADED,
                checks.stream().mapToInt(CheckGrade::score).sum(),
                checks.stream().mapToInt(CheckGrade::maxScore).sum(), null, checks);
    }

    public long failedChecks() {
        return checks.stream().filter(check -> !check.passed()).count();
    }
}
