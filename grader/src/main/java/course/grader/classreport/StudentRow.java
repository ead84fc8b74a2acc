package course.grader.classreport;

import course.grader.api.BoundedText;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.report.ExerciseGrade;
import course.grader.report.ExerciseStatus;
import course.grader.report.Grade;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One submission in the class report.
 *
 * @param status     how its grading ended: graded, not compiled, flagged, timed out or crashed
 * @param reference  true for the kit's reference solution, shown for comparison and left out of statistics
 * @param note       why the grade is not a normal one (the time bound hit, how the grading crashed), or null
 * @param scores     exercise id → points
 * @param grade      the submission's full {@code grade.json}, null when the grading did not finish
 */
public record StudentRow(String name, SubmissionStatus status, boolean reference, long durationMs, String note,
                         int score, int maxScore, Map<String, Integer> scores, Grade grade) {

    /** The note may quote the grading's log, which quotes the student's code: cut to its bound. */
    public StudentRow {
        note = BoundedText.cap(note, BoundedText.LONG_FIELD);
    }

    /** The row of a submission whose grading finished: flagged if any exercise was, not-compiled if none compiled. */
    public static StudentRow of(String name, boolean reference, long durationMs, Grade grade) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        grade.exercises().forEach(exercise -> scores.put(exercise.id(), exercise.score()));
        return new StudentRow(name, statusOf(grade), reference, durationMs, null,
                grade.score(), grade.maxScore(), scores, grade);
    }

    /** The row of a submission whose grading did not finish: every exercise scores 0. */
    public static StudentRow unfinished(String name, boolean reference, SubmissionStatus status, long durationMs, String note,
                                        List<ExerciseDescriptor> exercises) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        exercises.forEach(exercise -> scores.put(exercise.id(), 0));
        return new StudentRow(name, status, reference, durationMs, note,
                0, exercises.stream().mapToInt(ExerciseDescriptor::maxScore).sum(), scores, null);
    }

    private static SubmissionStatus statusOf(Grade grade) {
        List<ExerciseStatus> statuses = grade.exercises().stream().map(ExerciseGrade::status).toList();
        if (statuses.contains(ExerciseStatus.FLAGGED)) {
            return SubmissionStatus.FLAGGED;
        }
        return !statuses.isEmpty() && statuses.stream().allMatch(ExerciseStatus.NOT_COMPILED::equals)
                ? SubmissionStatus.NOT_COMPILED : SubmissionStatus.GRADED;
    }
}
