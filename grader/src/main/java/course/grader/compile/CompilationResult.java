package course.grader.compile;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The student's code of a submission, compiled, and what was left out of it.
 *
 * @param classes          the graded exercises' classes, and nothing else
 * @param errorsByExercise the compiler's messages for each exercise whose sources did not compile
 *                         (those exercises are left out of {@code classes})
 * @param foreignByExercise per exercise, the files in its folder that are not its code: each
 *                          flags the exercise
 * @param leftOut          files outside every exercise's folder that were not graded, with why
 */
public record CompilationResult(Path classes, Map<String, String> errorsByExercise,
                                Map<String, List<String>> foreignByExercise, List<String> leftOut) {
}
