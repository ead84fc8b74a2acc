package course.grader.supervisor;

import course.grader.api.Feedback;
import course.grader.catalog.CheckDescriptor;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.report.CheckGrade;
import course.grader.report.CheckStatus;
import course.grader.report.ExerciseGrade;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Withholds the points of a check whose required checks did not pass ({@code CheckInfo.requires}):
 * its pass would be the pass of code that does not do the work, which shows nothing going wrong.
 * A required check that was not graded requires nothing.
 */
final class Prerequisites {

    private Prerequisites() {
    }

    static ExerciseGrade apply(ExerciseDescriptor exercise, ExerciseGrade graded) {
        Map<String, CheckGrade> byId = graded.checks().stream()
                .collect(Collectors.toMap(CheckGrade::id, Function.identity()));
        List<CheckGrade> checks = graded.checks().stream().map(grade -> {
            if (!grade.passed() || grade.status() == CheckStatus.NOT_RUN) {
                return grade;
            }
            CheckDescriptor check = exercise.check(grade.id());
            List<CheckGrade> unmet = check.requires().stream().map(byId::get)
                    .filter(required -> required != null && !required.passed()).toList();
            return unmet.isEmpty() ? grade : withheld(check, grade, unmet);
        }).toList();
        return checks.equals(graded.checks()) ? graded
                : new ExerciseGrade(graded.id(), graded.title(), graded.status(),
                        checks.stream().mapToInt(CheckGrade::score).sum(), graded.maxScore(), graded.note(), checks);
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
