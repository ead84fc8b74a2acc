package course.grader.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of a grading run as Gradescope's autograder reads it ({@code results.json}): the
 * score, and one test per check with its points, status and feedback, visible to the student.
 */
public final class GradescopeReport {

    /** Gradescope's {@code results.json}. */
    public record Results(double score, double max_score, String output, String visibility,
                          String stdout_visibility, List<Test> tests) {
    }

    /** One check as a Gradescope test. */
    public record Test(String name, String number, double score, double max_score, String status, String output,
                       String visibility) {
    }

    private GradescopeReport() {
    }

    public static Results of(Grade grade) {
        List<Test> tests = new ArrayList<>();
        for (ExerciseGrade exercise : grade.exercises()) {
            int index = 0;
            for (CheckGrade check : exercise.checks()) {
                index++;
                String output = check.status() == CheckStatus.UNDECIDED ? check.feedback()
                        : check.passed() ? "" : exercise.note() != null ? exercise.status().label() + ":\n" + exercise.note()
                        : check.feedback();
                tests.add(new Test(exercise.id() + "/" + check.id() + ": " + check.title(), exercise.id() + "." + index,
                        check.score(), check.maxScore(), check.passed() ? "passed" : "failed", output, "visible"));
            }
        }
        String summary = "Score " + grade.score() + "/" + grade.maxScore() + " for " + grade.target() + ".";
        return new Results(grade.score(), grade.maxScore(), summary, "visible", "hidden", tests);
    }
}
