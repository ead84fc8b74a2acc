package course.grader.report;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The result of a grading run in the shape GitHub Classroom's autograding reporter reads from a
 * runner step: one test per check, with its points, so Classroom records partial credit. The
 * workflow hands the base64 of this JSON to the reporter as the step's {@code result} output.
 */
public final class ClassroomReport {

    /** The reporter's runner result. */
    public record Result(int version, String status, int max_score, List<Test> tests) {
    }

    /** One check as a Classroom test; {@code line_no} is always set, as the reporter expects a number. */
    public record Test(String name, String status, int score, String message, String test_code, String filename,
                       int line_no, long duration) {
    }

    private ClassroomReport() {
    }

    public static Result of(Grade grade) {
        List<Test> tests = new ArrayList<>();
        for (ExerciseGrade exercise : grade.exercises()) {
            for (CheckGrade check : exercise.checks()) {
                String message = check.status() == CheckStatus.UNDECIDED ? check.feedback()
                        : check.passed() ? "" : failureMessage(exercise, check);
                tests.add(new Test(exercise.id() + "/" + check.id() + ": " + check.title(),
                        check.passed() ? "pass" : "fail", check.score(), message,
                        "mvn verify -Dexercise=" + exercise.id(),
                        "exercises/src/main/java/course/" + exercise.id() + "/", 0, check.durationMs()));
            }
        }
        return new Result(1, grade.allPassed() ? "pass" : "fail", grade.maxScore(), tests);
    }

    /** The base64 form that goes into the workflow step's {@code result} output. */
    public static String base64(String json) {
        return Base64.getEncoder().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String failureMessage(ExerciseGrade exercise, CheckGrade check) {
        if (exercise.note() != null) {
            return exercise.status().label() + ":\n" + exercise.note();
        }
        return check.feedback();
    }
}
