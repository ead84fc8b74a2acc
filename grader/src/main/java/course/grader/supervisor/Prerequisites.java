package course.grader.supervisor;

import course.grader.api.Feedback;
import course.grader.catalog.CheckDescriptor;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.report.CheckGrade;
import course.grader.report.CheckStatus;
import course.grader.report.ExerciseGrade;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Withholds the points of a check whose required checks did not pass ({@code CheckInfo.requires}):
 * its pass would be the pass of code that does not do the work, which shows nothing going wrong.
 * A required check that was not graded requires nothing; one whose own points are withheld has
 * not passed.
 */
final class Prerequisites {

    private Prerequisites() {
    }

    static ExerciseGrade apply(ExerciseDescriptor exercise, ExerciseGrade graded) {
        Map<String, CheckGrade> byId = graded.checks().stream()
                .collect(Collectors.toMap(CheckGrade::id, Function.identity()));
        Map<String, CheckGrade> settled = new HashMap<>();
        List<CheckGrade> checks = graded.checks().stream()
                .map(grade -> settle(exercise, grade.id(), byId, settled)).toList();
        return checks.equals(graded.checks()) ? graded
                : new ExerciseGrade(graded.id(), graded.title(), graded.status(),
                        checks.stream().mapToInt(CheckGrade::score).sum(), graded.maxScore(), graded.note(), checks);
    }

    /**
     * The grade of check {@code id} once its requirements are settled: a requirement that is itself
     * withheld has not passed either, so withholding carries down a chain of requirements.
     */
    private static CheckGrade settle(ExerciseDescriptor exercise, String id, Map<String, CheckGrade> byId,
                                     Map<String, CheckGrade> settled) {
        CheckGrade known = settled.get(id);
        if (known != null) {
            return known;
        }
        CheckGrade grade = byId.get(id);
        settled.put(id, grade); // a cycle of requirements, which the catalogue refuses, would end here
        if (!grade.passed() || grade.status() == CheckStatus.NOT_RUN) {
            return grade;
        }
        CheckDescriptor check = exercise.check(id);
        List<CheckGrade> unmet = check.requires().stream().filter(byId::containsKey)
                .map(required -> settle(exercise, required, byId, settled))
                .filter(required -> !required.passed()).toList();
        CheckGrade result = unmet.isEmpty() ? grade : withheld(check, grade, unmet);
        settled.put(id, result);
        return result;
    }

    private static CheckGrade withheld(CheckDescriptor check, CheckGrade grade, List<CheckGrade> unmet) {
        String required = unmet.stream().map(CheckGrade::id).collect(Collectors.joining("' and '", "'", "'"));
        Feedback feedback = Feedback.expected(required + " to pass, and then this check")
                .observed("this check found nothing wrong, but " + required + " failed, and while it fails this"
                        + " check's pass says nothing: code that does not do the work, or not as the lesson asks,"
                        + " passes it too")
                .cause("this check looks at one side of the work (something going wrong while it is done, or how"
                        + " the code is built); " + required + " shows the work itself is not right yet")
                .revisit("the feedback of " + required + "; once it passes, this check counts");
        return CheckGrade.failed(check, feedback, grade.durationMs(), grade.measurements(), grade.output());
    }
}
