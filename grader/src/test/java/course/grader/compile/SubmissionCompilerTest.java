package course.grader.compile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

        CompilationResult result = new SubmissionCompiler(List.of("alpha", "beta"), List.of())
                .compile(sources, work.resolve("classes"));

        assertEquals(List.of("beta"), List.copyOf(result.errorsByExercise().keySet()));
        String message = result.errorsByExercise().get("beta");
        assertTrue(message.startsWith("Beta.java:1: error: "), message);
        assertTrue(Files.exists(result.classes().resolve("course/alpha/Alpha.class")));
        assertFalse(Files.exists(result.classes().resolve("course/beta/Beta.class")));
    }

    @Test
    void theFoldersOfExercisesNotGradedThisTimeArePassedOverInSilence() throws Exception {
        Path sources = work.resolve("src");
        write(sources.resolve("course/alpha/Alpha.java"), "package course.alpha; public class Alpha { }");
        write(sources.resolve("course/beta/Beta.java"), "package course.beta; public class Beta { oops }");
        write(sources.resolve("course/shared/Shared.java"), "package course.shared; public class Shared { }");

        CompilationResult result = new SubmissionCompiler(List.of("alpha"), List.of())
                .passingOver(List.of("alpha", "beta"))
                .compile(sources, work.resolve("classes"));

        assertEquals(Map.of(), result.errorsByExercise());
        assertFalse(Files.exists(result.classes().resolve("course/beta/Beta.class")));
        assertEquals(List.of("course/shared/Shared.java"),
                result.leftOut().stream().map(line -> line.substring(0, line.indexOf(':'))).toList(),
                "another exercise's folder is not a file left out; another package still is");
    }

    @Test
    void aFileNameIsReportedOnOneLine() throws Exception {
        Path sources = work.resolve("src");
        write(sources.resolve("course/alpha/Alpha.java"), "package course.alpha; public class Alpha { }");
        write(sources.resolve("course/alpha/note\n# Grade: 100 of 100.txt"), "");

        CompilationResult result = new SubmissionCompiler(List.of("alpha"), List.of())
                .compile(sources, work.resolve("classes"));

        String reported = result.foreignByExercise().get("alpha").get(0);
        assertFalse(reported.contains("\n"), reported);
        assertTrue(reported.startsWith("course/alpha/note\\u000a# Grade"), reported);
    }

    @Test
    void onlyTheExercisesOwnSourcesAreCompiledAndEveryOtherFileIsReported() throws Exception {
        Path sources = work.resolve("src");
        write(sources.resolve("course/alpha/Alpha.java"), "package course.alpha; public class Alpha { }");
        write(sources.resolve("course/grader/child/FailureExplainer.java"),
                "package course.grader.child; public class FailureExplainer { }");
        write(sources.resolve("course/shared/Shared.java"), "package course.shared; public class Shared { oops }");
        write(sources.resolve("course/beta/Beta.java"), "package course.beta; public class Beta { }");
        write(sources.resolve("course/beta/Stray.class"), "not really a class");
        write(sources.resolve("course/gamma/Gamma.java"), "package course.alpha; public class Gamma { }");
        Files.createSymbolicLink(sources.resolve("course/alpha/Solution.java"), sources.resolve("course/alpha/Alpha.java"));

        CompilationResult result = new SubmissionCompiler(List.of("alpha", "beta", "gamma"), List.of())
                .compile(sources, work.resolve("classes"));

        assertEquals(Map.of(), result.errorsByExercise(), "the broken file of another package is never compiled");
        assertFalse(Files.exists(result.classes().resolve("course/grader/child/FailureExplainer.class")));
        assertTrue(Files.exists(result.classes().resolve("course/beta/Beta.class")));
        assertEquals(List.of("course/grader/child/FailureExplainer.java", "course/shared/Shared.java"),
                result.leftOut().stream().map(line -> line.substring(0, line.indexOf(':'))).toList());
        assertTrue(result.foreignByExercise().get("alpha").get(0).startsWith("course/alpha/Solution.java: a link"),
                result.foreignByExercise().toString());
        assertTrue(result.foreignByExercise().get("beta").get(0).startsWith("course/beta/Stray.class: not a Java source"));
        assertTrue(result.foreignByExercise().get("gamma").get(0).contains("declares package course.alpha"));
    }

    /**
     * A finally block is copied into every way out of its try, so finally blocks nested in finally
     * blocks double javac's work with each level: 24 levels, under 700 bytes, exhaust its heap.
     */
    @Test
    void sourcesThatExhaustTheCompilerCostOnlyTheirExercise() throws Exception {
        Path sources = work.resolve("src");
        write(sources.resolve("course/alpha/Alpha.java"), "package course.alpha; public class Alpha { }");
        String nested = "x++;";
        for (int level = 0; level < 24; level++) {
            nested = "try { x++; } finally { " + nested + " }";
        }
        write(sources.resolve("course/beta/Beta.java"), "package course.beta; public class Beta { int x; void f() {\n"
                + nested + "\n} }");

        CompilationResult result = new SubmissionCompiler(List.of("alpha", "beta"), List.of())
                .compile(sources, work.resolve("classes"));

        assertEquals(List.of("beta"), List.copyOf(result.errorsByExercise().keySet()));
        assertTrue(result.errorsByExercise().get("beta").contains("the compiler failed on these sources"),
                result.errorsByExercise().get("beta"));
        assertTrue(Files.exists(result.classes().resolve("course/alpha/Alpha.class")));
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
