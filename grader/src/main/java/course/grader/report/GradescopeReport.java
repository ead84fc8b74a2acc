package course.grader.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of a grading run as Gradescope's autograder reads it ({@code results.json}): the
 * score, and one test per check with its points, status and feedback, visible to the student. The
 * feedback is Markdown ({@code output_format} {@code md}), student text escaped as in grade.md, so
 * that Gradescope renders the parts of a failure as a list and the compiler's messages as code.
 */
public final class GradescopeReport {

    /** Gradescope's name for Markdown. */
    private static final String MARKDOWN = "md";

    /** Gradescope's {@code results.json}. */
    public record Results(double score, double max_score, String output, String output_format,
                          String test_output_format, String visibility, String stdout_visibility, List<Test> tests) {
    }

    /** One check as a Gradescope test. */
    public record Test(String name, String number, double score, double max_score, String status, String output,
                       String output_format, String visibility) {
    }


    private GradescopeReport() {
    }

    public static Results of(Grade grade) {
        List<Test> tests = new ArrayList<>();
        for (ExerciseGrade exercise : grade.exercises()) {
            int index = 0;
            for (CheckGrade check : exercise.checks()) {
                index++;
                String output = exercise.note() != null && !check.passed()
                        ? MarkdownReport.escape(exercise.status().label() + ": " + check.feedback()) + "\n\n"
                                + MarkdownReport.fenced(exercise.note())
                        : MarkdownReport.feedback(check);
                tests.add(new Test(exercise.id() + "/" + check.id() + ": " + check.title(), exercise.id() + "." + index,
                        check.score(), check.maxScore(), check.passed() ? "passed" : "failed", output, MARKDOWN,
                        "visible"));
            }
        }
        String summary = "Score " + grade.score() + "/" + grade.maxScore() + " for " + grade.target() + ".";
        return new Results(grade.score(), grade.maxScore(), MarkdownReport.escape(summary), MARKDOWN, MARKDOWN,
                "visible", "hidden", tests);
    }
}
