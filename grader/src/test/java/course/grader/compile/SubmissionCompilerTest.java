package course.grader.compile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One exercise that does not compile costs only its own points. */
class SubmissionCompilerTest {

    @TempDir
    Path work;

    @Test
    void anExerciseThatDoesNotCompileIsSetAsideAndTheRestCompiles() throws Exception {
        Path sources = work.resolve("src");
        write(sources.resolve("course/alpha/Alpha.java"), "package course.alpha; public class Alpha { public int one() { return 1; } }");
        write(sources.resolve("course/beta/Beta.java"), "package course.beta; public class Beta { int broken() { return \"x\"; } }");

        CompilationResult result = new SubmissionCompiler(List.of("alpha", "beta"))
                .compile(sources, work.resolve("classes"));

        assertEquals(List.of("beta"), List.copyOf(result.errorsByExercise().keySet()));
        String message = result.errorsByExercise().get("beta");
        assertTrue(message.startsWith("Beta.java:1: error: "), message);
        assertTrue(Files.exists(result.classes().resolve("course/alpha/Alpha.class")));
        assertFalse(Files.exists(result.classes().resolve("course/beta/Beta.class")));
    }

    @Test
    void aBrokenFileOutsideEveryExerciseCostsThemAll() throws Exception {
        Path sources = work.resolve("src");
        write(sources.resolve("course/alpha/Alpha.java"), "package course.alpha; public class Alpha { }");
        write(sources.resolve("course/shared/Shared.java"), "package course.shared; public class Shared { oops }");

        CompilationResult result = new SubmissionCompiler(List.of("alpha")).compile(sources, work.resolve("classes"));

        assertTrue(result.errorsByExercise().get("alpha").contains("Shared.java"));
    }

    @Test
    void findsTheSourcesOfAKitCopyOrOfAnExercisesFolder() throws Exception {
        Files.createDirectories(work.resolve("kit/exercises/src/main/java"));
        Files.createDirectories(work.resolve("exercises-only/src/main/java"));
        assertEquals(work.resolve("kit/exercises/src/main/java"), SubmissionCompiler.sourceRoot(work.resolve("kit")));
        assertEquals(work.resolve("exercises-only/src/main/java"), SubmissionCompiler.sourceRoot(work.resolve("exercises-only")));
    }

    private static void write(Path file, String source) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }
}
