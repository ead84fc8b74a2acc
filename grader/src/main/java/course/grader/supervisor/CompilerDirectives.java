package course.grader.supervisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How a checking JVM's JIT divides its work. A checking JVM lives for seconds, and its optimising
 * compiler (C2) spent a fifth of the grading's CPU on code that runs for a moment: the model
 * checker and what it is built on, ArchUnit, the grader's own scenarios, the JDK's collections.
 * So only two kinds of code may reach it: the student's classes (so that they run as they would
 * in a program: the student's own loops, and the JDK code the optimiser inlines into them), and
 * {@code harness.Visibility}'s polling loop, whose compiled form is what hoists a read that is
 * neither locked nor volatile. Everything else is left to the first tier (C1), which compiles fast.
 * Directives apply in order, the first that matches a method deciding.
 */
final class CompilerDirectives {

    private static final String FILE_NAME = "compiler-directives.json";
    private static final String OPTIMISED = "c2: { Exclude: false }";
    private static final String FIRST_TIER_ONLY = "c2: { Exclude: true }";
    private static final List<String> DIRECTIVES = List.of(
            directive("course/grader/harness/Visibility.*", OPTIMISED),
            directive("course/grader/*.*", FIRST_TIER_ONLY),
            directive("course/*.*", OPTIMISED),
            directive("*.*", FIRST_TIER_ONLY));

    private CompilerDirectives() {
    }

    /** The JVM options that apply the directives, written into {@code folder} (the JVM's own temporary folder). */
    static List<String> options(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        try {
            Files.createDirectories(folder);
            Files.writeString(file, "[ " + String.join(",\n  ", DIRECTIVES) + " ]\n");
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write the compiler directives to " + file, unwritable);
        }
        return List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=" + file);
    }

    private static String directive(String methods, String compilation) {
        return "{ match: \"" + methods + "\", " + compilation + " }";
    }
}
