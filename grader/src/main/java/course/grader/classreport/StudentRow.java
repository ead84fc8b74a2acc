package course.grader.classreport;

import course.grader.report.Grade;
import java.util.Map;

/**
 * One submission in the class report.
 *
 * @param status     {@code graded}, {@code not-compiled}, {@code flagged}, {@code timed-out} or {@code crashed}
 * @param reference  true for the kit's reference solution, shown for comparison and left out of statistics
 * @param note       why the grade is not a normal one (the time bound hit, how the grading crashed), or null
 * @param scores     exercise id → points
 * @param grade      the submission's full {@code grade.json}, null when the grading did not finish
 */
public record StudentRow(String name, String status, boolean reference, long durationMs, String note,
                         int score, int maxScore, Map<String, Integer> scores, Grade grade) {
}
