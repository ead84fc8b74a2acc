package course.grader.compile;

import course.grader.api.GivenSource;
import course.grader.catalog.ExerciseCatalog;
import course.grader.testing.SourceTree;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kit's given sources are what runs, whatever the student did to their copies, and the report says so. */
class GivenSourcesTest {

    private static final GivenSource LAUNCHER = new GivenSource("course.ipc", "JavaLauncher");
    private static final Path SKELETON = SourceTree.KIT_ROOT.resolve("exercises/src/main/java");
    private static final String EDITED = """
            package course.ipc;
            public final class JavaLauncher {
                public static ProcessBuilder javaProcess(Class<?> mainClass, String... args) {
                    return new ProcessBuilder("/bin/sh");
                }
                static final class Shell {
                }
            }""";
    private static final String USER = """
            package course.ipc;
            public final class User {
                static ProcessBuilder child() {
                    return JavaLauncher.javaProcess(User.class);
                }
            }""";

    @TempDir
    Path work;

    @Test
    void theGradersCopyOfEveryGivenSourceIsTheSkeletons() throws Exception {
        List<GivenSource> given = ExerciseCatalog.load().all().stream()
                .flatMap(exercise -> exercise.givenSources().stream()).toList();
        assertTrue(given.contains(LAUNCHER), given::toString);
        for (GivenSource source : given) {
            assertArrayEquals(Files.readAllBytes(SKELETON.resolve(source.relativePath())), GivenFiles.kitCopy(source),
                    source.relativePath());
        }
    }

    @Test
    void aChangedGivenSourceIsCompiledFromTheKitsCopyAndReported() throws Exception {
        Path sources = work.resolve("src");
        write(sources.resolve(LAUNCHER.relativePath()), EDITED);
        write(sources.resolve("course/ipc/User.java"), USER);

        CompilationResult result = new SubmissionCompiler(List.of("ipc"), List.of(LAUNCHER))
                .compile(sources, work.resolve("classes"));

        assertEquals(List.of(), List.copyOf(result.errorsByExercise().keySet()), result.errorsByExercise()::toString);
        assertEquals(List.of("course/ipc/JavaLauncher.java: " + GivenFiles.REPLACED), result.leftOut());
        assertTrue(isTheKits(result.classes().resolve("course/ipc/JavaLauncher.class")));
        assertFalse(Files.exists(result.classes().resolve("course/ipc/JavaLauncher$Shell.class")));
    }

    @Test
    void anUnchangedGivenSourceIsNotReportedWhateverItsLineEnds() throws Exception {
        Path sources = work.resolve("src");
        String skeleton = Files.readString(SKELETON.resolve(LAUNCHER.relativePath()), StandardCharsets.UTF_8);
        write(sources.resolve(LAUNCHER.relativePath()), skeleton.replace("\n", "\r\n"));
        write(sources.resolve("course/ipc/User.java"), USER);

        CompilationResult result = new SubmissionCompiler(List.of("ipc"), List.of(LAUNCHER))
                .compile(sources, work.resolve("classes"));

        assertEquals(List.of(), result.leftOut());
        assertTrue(isTheKits(result.classes().resolve("course/ipc/JavaLauncher.class")));
    }

    @Test
    void compiledClassesGetTheKitsGivenClassesAndAChangedOneIsReported() throws Exception {
        Path edited = work.resolve("edited");
        write(edited.resolve(LAUNCHER.relativePath()), EDITED);
        write(edited.resolve("course/ipc/User.java"), USER);
        Path compiled = mavenCompile(edited);
        assertTrue(Files.exists(compiled.resolve("course/ipc/JavaLauncher$Shell.class")));

        CompilationResult result = CompiledClasses.select(compiled, List.of("ipc"), List.of(LAUNCHER), work.resolve("out"));

        assertEquals(List.of("course/ipc/JavaLauncher.class: " + GivenFiles.REPLACED), result.leftOut());
        assertTrue(isTheKits(result.classes().resolve("course/ipc/JavaLauncher.class")));
        assertFalse(Files.exists(result.classes().resolve("course/ipc/JavaLauncher$Shell.class")));
        assertTrue(Files.exists(result.classes().resolve("course/ipc/User.class")));
    }

    @Test
    void compiledClassesOfTheUnchangedSkeletonAreNotReported() throws Exception {
        Path skeleton = work.resolve("skeleton");
        write(skeleton.resolve(LAUNCHER.relativePath()), Files.readString(SKELETON.resolve(LAUNCHER.relativePath())));
        Path compiled = mavenCompile(skeleton);

        CompilationResult result = CompiledClasses.select(compiled, List.of("ipc"), List.of(LAUNCHER), work.resolve("out"));

        assertEquals(List.of(), result.leftOut());
        assertArrayEquals(Files.readAllBytes(compiled.resolve("course/ipc/JavaLauncher.class")),
                Files.readAllBytes(result.classes().resolve("course/ipc/JavaLauncher.class")));
    }

    /** The kit's launcher disables attach in its children; the edited one does not. */
    private static boolean isTheKits(Path classFile) throws Exception {
        String constants = new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1);
        return constants.contains("-XX:+DisableAttachMechanism");
    }

    /** Compiles as Maven's compiler plugin does by default ({@code -g}). */
    private Path mavenCompile(Path sources) throws Exception {
        Path classes = Files.createDirectories(sources.resolveSibling(sources.getFileName() + "-classes"));
        List<String> arguments = new ArrayList<>(Arrays.asList("--release", "21", "-g", "-d", classes.toString()));
        try (Stream<Path> files = Files.walk(sources)) {
            files.map(Path::toString).filter(name -> name.endsWith(".java")).forEach(arguments::add);
        }
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new)));
        return classes;
    }

    private static void write(Path file, String source) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
    }
}
