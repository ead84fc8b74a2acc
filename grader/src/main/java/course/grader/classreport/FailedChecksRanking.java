package course.grader.classreport;

import course.grader.api.Feedback;
import course.grader.report.CheckGrade;
import course.grader.report.ExerciseGrade;
import course.grader.report.ExerciseStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Ranks the checks by how many students failed them, grouping their feedback by likely cause. */
final class FailedChecksRanking {

    private FailedChecksRanking() {
    }

    /** The checks failed by at least one student (the reference left out), most failed first. */
    static List<FailedCheck> of(List<StudentRow> students) {
        Map<String, Integer> gradedPerExercise = new LinkedHashMap<>();
        Map<String, List<Failure>> failuresPerCheck = new LinkedHashMap<>();
        for (StudentRow student : students) {
            if (student.reference() || student.grade() == null) {
                continue;
            }
            for (ExerciseGrade exercise : student.grade().exercises()) {
                if (exercise.status() != ExerciseStatus.GRADED) {
                    continue;
                }
                gradedPerExercise.merge(exercise.id(), 1, Integer::sum);
                for (CheckGrade check : exercise.checks()) {
                    if (!check.passed()) {
                        failuresPerCheck.computeIfAbsent(exercise.id() + "/" + check.id(), key -> new ArrayList<>())
                                .add(new Failure(student.name(), exercise, check));
                    }
                }
            }
        }
        return failuresPerCheck.values().stream()
                .map(failures -> rank(failures, gradedPerExercise.get(failures.getFirst().exercise().id())))
                .sorted(Comparator.comparingInt((FailedCheck check) -> check.failedBy().size()).reversed())
                .toList();
    }

    private static FailedCheck rank(List<Failure> failures, int gradedStudents) {
        Failure first = failures.getFirst();
        Map<String, List<Failure>> byCause = new LinkedHashMap<>();
        failures.forEach(failure -> byCause.computeIfAbsent(failure.cause(), cause -> new ArrayList<>()).add(failure));
        List<FailedCheck.CommonFeedback> feedback = byCause.values().stream()
                .sorted(Comparator.comparingInt((List<Failure> group) -> group.size()).reversed())
                .map(FailedChecksRanking::common)
                .toList();
        return new FailedCheck(first.exercise().id(), first.check().id(), first.check().title(), first.check().kind(),
                failures.stream().map(Failure::student).toList(), gradedStudents, feedback);
    }

    private static FailedCheck.CommonFeedback common(List<Failure> group) {
        Failure example = group.getFirst();
        Feedback details = example.check().details();
        return new FailedCheck.CommonFeedback(example.cause(), details == null ? null : details.revisit(),
                example.check().feedback(), group.stream().map(Failure::student).toList());
    }

    private record Failure(String student, ExerciseGrade exercise, CheckGrade check) {

        String cause() {
            if (check.details() != null && check.details().cause() != null) {
                return check.details().cause();
            }
            String feedback = check.feedback() == null ? "" : check.feedback();
            int lineEnd = feedback.indexOf('\n');
            return lineEnd < 0 ? feedback : feedback.substring(0, lineEnd);
        }
    }
}
