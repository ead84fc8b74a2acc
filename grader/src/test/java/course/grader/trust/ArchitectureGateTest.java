package course.grader.trust;

import course.grader.api.Capability;
import course.grader.api.CheckBody;
import course.grader.api.Exercise;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.compile.CompilationResult;
import course.grader.compile.SubmissionCompiler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gate flags what it must, and only that. */
class ArchitectureGateTest {

    @TempDir
    Path work;

    /** An exercise named {@code gate} that grants nothing. */
    public static class Plain implements Exercise {
        @Override
        public String id() {
            return "gate";
        }

        @Override
        public String title() {
            return "gate";
        }

        @Override
        public List<Class<? extends CheckBody>> checks() {
            return List.of();
        }
    }

    /** The same exercise, granting processes. */
    public static final class WithProcesses extends Plain {
        @Override
        public Set<Capability> capabilities() {
            return Set.of(Capability.PROCESSES);
        }
    }

    @Test
    void streamsOverProcessesAndPathConstantsAreNotFileAccess() throws Exception {
        Path classes = compile("""
                package course.gate;
                public class Child {
                    public static String classPath(String first, String second) {
                        return first + java.io.File.pathSeparator + second;
                    }
                    public static java.io.PrintStream wrap(java.io.OutputStream out) {
                        return new java.io.PrintStream(out, true);
                    }
                }""");
        assertEquals(List.of(), ArchitectureGate.violations(ExerciseDescriptor.of(Plain.class), classes));
    }

    @Test
    void aPrintStreamOpenedOnAFileNameIsFileAccess() throws Exception {
        Path classes = compile("""
                package course.gate;
                public class Writer {
                    public static java.io.PrintStream open() throws java.io.IOException {
                        return new java.io.PrintStream("grade.json");
                    }
                }""");
        List<String> violations = ArchitectureGate.violations(ExerciseDescriptor.of(Plain.class), classes);
        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).startsWith("Writer.open reads or writes files: new PrintStream at Writer.java:4"),
                violations.get(0));
    }

    @Test
    void aCapabilityLiftsOnlyItsOwnRule() throws Exception {
        Path classes = compile("""
                package course.gate;
                public class Starter {
                    public static Process start() throws java.io.IOException {
                        return new ProcessBuilder("true").start();
                    }
                    public static void quit() {
                        System.exit(1);
                    }
                }""");
        assertEquals(2, ArchitectureGate.violations(ExerciseDescriptor.of(Plain.class), classes).size(), "processes and exit");
        List<String> granted = ArchitectureGate.violations(ExerciseDescriptor.of(WithProcesses.class), classes);
        assertEquals(1, granted.size(), granted::toString);
        assertTrue(granted.get(0).contains("ends the JVM"), granted.get(0));
    }

    private Path compile(String source) throws Exception {
        String name = source.substring(source.indexOf("class ") + 6, source.indexOf(" {"));
        Path file = work.resolve("src/course/gate/" + name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        CompilationResult result = new SubmissionCompiler(List.of("gate")).compile(work.resolve("src"), work.resolve("classes"));
        assertEquals(java.util.Map.of(), result.errorsByExercise());
        return result.classes();
    }
}
