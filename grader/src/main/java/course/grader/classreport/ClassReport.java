package course.grader.classreport;

import java.util.List;
import java.util.Map;

/**
 * Everything a teacher's class report shows: what {@code class.json} holds and what
 * {@code index.html} draws.
 *
 * @param exercises     the exercises graded, in catalogue order
 * @param students      one row per submission, the reference (if included) among them
 * @param failedChecks  checks failed by at least one graded student, most failed first
 * @param measurements  the figures checks measured, one series per figure, compared across students
 * @param similarPairs  pairs of submissions whose sources of one exercise look alike, most alike first
 * @param sources       the sources of the submissions named in a similar pair: student → exercise → file → text
 * @param problems      the parts of the report that could not be made, and why (empty when complete)
 */
public record ClassReport(
        String generatedAt,
        List<ExerciseColumn> exercises,
        List<StudentRow> students,
        List<FailedCheck> failedChecks,
        List<MeasurementSeries> measurements,
        List<SimilarPair> similarPairs,
        Map<String, Map<String, Map<String, String>>> sources,
        List<String> problems) {

    public ClassReport {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
