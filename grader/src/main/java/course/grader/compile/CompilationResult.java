package course.grader.compile;

import java.nio.file.Path;
import java.util.Map;

/**
 * Classes compiled from a submission, and the compiler's messages for each exercise whose sources
 * did not compile (those exercises are left out of {@code classes}).
 */
public record CompilationResult(Path classes, Map<String, String> errorsByExercise) {
}
