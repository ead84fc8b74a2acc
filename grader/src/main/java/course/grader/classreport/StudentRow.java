package course.grader.classreport;

import course.grader.api.BoundedText;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.report.ExerciseStatus;
import course.grader.report.Grade;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One submission in the class report.
 *
 * @param status     {@link #GRADED}, {@link #NOT_COMPILED} (no exercise compiled), {@link #FLAGGED} (some exercise
 *                   uses an API the grader does not run), {@link #TIMED_OUT} or {@link #CRASHED}
 * @param reference  true for the kit's reference solution, shown for comparison and left out of statistics
 * @param note       why the grade is not a normal one (the time bound hit, how the grading crashed), or null
 * @param scores     exercise id → points
 * @param grade      the submission's full {@code grade.json}, null when the grading did not finish
 */
public record StudentRow(String name, String status, boolean reference, long durationMs, String note,
                         int score, int maxScore, Map<String, Integer> scores, Grade grade) {

    /** The note may quote the grading's log, which quotes the student's code: cut to its bound. */
    public StudentRow {
        note = BoundedText.cap(note, BoundedText.LONG_FIELD);
    }

    public static final String GRADED = ExerciseStatus.GRADED.label();
    public static final String NOT_COMPILED = ExerciseStatus.NOT_COMPILED.label();
    public static final String FLAGGED = ExerciseStatus.FLAGGED.label();
    /** The grading of the whole submission outran its time bound and was killed; scores 0. */
    public static final String TIMED_OUT = "timed-out";
    /** The grading process ended without a grade; scores 0. */
    public static final String CRASHED = "crashed";

    /** The row of a submission whose grading finished: flagged if any exercise was, not-compiled if none compiled. */
    public static StudentRow of(String name, boolean reference, long durationMs, Grade grade) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        grade.exercises().forEach(exercise -> scores.put(exercise.id(), exercise.score()));
        return new StudentRow(name, statusOf(grade), reference, durationMs, null,
                grade.score(), grade.maxScore(), scores, grade);
    }

    /** The row of a submission whose grading did not finish: every exercise scores 0. */
    public static StudentRow unfinished(String name, boolean reference, String status, long durationMs, String note,
                                        List<ExerciseDescriptor> exercises) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        exercises.forEach(exercise -> scores.put(exercise.id(), 0));
        return new StudentRow(name, status, reference, durationMs, note,
                0, exercises.stream().mapToInt(ExerciseDescriptor::maxScore).sum(), scores, null);
    }

    private static String statusOf(Grade grade) {
        List<String> statuses = grade.exercises().stream().map(exercise -> exercise.status().label()).toList();
        if (statuses.contains(FLAGGED)) {
            return FLAGGED;
        }
        return !statuses.isEmpty() && statuses.stream().allMatch(NOT_COMPILED::equals) ? NOT_COMPILED : GRADED;
    }
}
