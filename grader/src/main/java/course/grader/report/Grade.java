package course.grader.report;

import course.grader.api.BoundedText;
import java.util.List;

/**
 * A whole grading run: what {@code grade.json} holds, and what the Classroom, teacher and CI
 * paths all read.
 *
 * @param target      what was graded: {@code exercises}, {@code solutions}, or a submission's name
 * @param containment how the operating system contained the graded code, in a sentence
 *                    (beginning {@value #UNCONTAINED} where it did not: see {@link #contained})
 * @param leftOut     files of the submission that were not graded, each with why: anything that is
 *                    not an exercise's own source (never compiled, never on a class path)
 */
public record Grade(String target, int score, int maxScore, String gradedAt, String javaVersion, String containment,
                    List<String> leftOut, List<ExerciseGrade> exercises) {

    /** How {@link #containment} begins when the graded code ran without the operating system's containment. */
    public static final String UNCONTAINED = "none";

    public Grade {
        target = BoundedText.cap(target, BoundedText.NAME);
        leftOut = leftOut == null ? List.of() : leftOut.stream().map(line -> BoundedText.cap(line, BoundedText.NAME)).toList();
    }

    public static Grade of(String target, String gradedAt, String containment, List<String> leftOut,
                           List<ExerciseGrade> exercises) {
        return new Grade(target,
                exercises.stream().mapToInt(ExerciseGrade::score).sum(),
                exercises.stream().mapToInt(ExerciseGrade::maxScore).sum(),
                gradedAt, Runtime.version().toString(), containment, List.copyOf(leftOut), exercises);
    }

    /**
     * Whether the operating system contained the graded code, so that nothing it started could
     * outlive the grading; false also when the grade does not say (one written before it did).
     */
    public boolean contained() {
        return containment != null && !containment.startsWith(UNCONTAINED);
    }

    public boolean allPassed() {
        return exercises.stream().allMatch(exercise -> exercise.failedChecks() == 0
                && exercise.status() == ExerciseStatus.GRADED);
    }
}
