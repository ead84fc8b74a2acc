package course.grader.report;

import course.grader.api.BoundedText;
import java.util.List;

/**
 * A whole grading run: what {@code grade.json} holds, and what the Classroom, teacher and CI
 * paths all read.
 *
 * @param target what was graded: {@code exercises}, {@code solutions}, or a submission's name
 */
public record Grade(String target, int score, int maxScore, String gradedAt, String javaVersion,
                    List<ExerciseGrade> exercises) {

    public Grade {
        target = BoundedText.cap(target, BoundedText.NAME);
    }

    public static Grade of(String target, String gradedAt, List<ExerciseGrade> exercises) {
        return new Grade(target,
                exercises.stream().mapToInt(ExerciseGrade::score).sum(),
                exercises.stream().mapToInt(ExerciseGrade::maxScore).sum(),
                gradedAt, Runtime.version().toString(), exercises);
    }

    public boolean allPassed() {
        return exercises.stream().allMatch(exercise -> exercise.failedChecks() == 0
                && ExerciseGrade.GRADED.equals(exercise.status()));
    }
}
