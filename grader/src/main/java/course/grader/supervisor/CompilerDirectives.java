package course.grader.supervisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * How a checking JVM's JIT treats the model checker: Lincheck and what it is built on (Kotlin,
 * Byte Buddy, ASM) are left to the first-tier compiler. A checking JVM lives for seconds, and its
 * optimising compiler spent much of that CPU on the model checker's own code, which runs only
 * during the interleaving checks; the student's code and the grader's are compiled as usual, so
 * the visibility checks (a read hoisted out of a loop is what they catch) keep their power.
 */
final class CompilerDirectives {

    private static final String FILE_NAME = "compiler-directives.json";
    private static final List<String> FIRST_TIER_ONLY = List.of(
            "org/jetbrains/*.*", "kotlin/*.*", "kotlinx/*.*", "net/bytebuddy/*.*", "org/objectweb/*.*");

    private CompilerDirectives() {
    }

    /** The JVM options that apply the directives, written into {@code folder} (the JVM's own temporary folder). */
    static List<String> options(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        String patterns = String.join(", ", FIRST_TIER_ONLY.stream().map(pattern -> "\"" + pattern + "\"").toList());
        try {
            Files.createDirectories(folder);
            Files.writeString(file, "[ { match: [" + patterns + "], c2: { Exclude: true } } ]\n");
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write the compiler directives to " + file, unwritable);
        }
        return List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:CompilerDirectivesFile=" + file);
    }
}
