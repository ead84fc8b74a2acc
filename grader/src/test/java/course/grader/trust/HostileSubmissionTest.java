package course.grader.trust;

import course.grader.io.FileTrees;
import course.grader.report.Json;
import course.grader.report.ExerciseGrade;
import course.grader.report.Grade;
import course.grader.testing.SourceTree;
import course.grader.testing.StrayProcesses;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Grades every submission of the hostile corpus ({@code grader/src/test/hostile/<exercise>/<attack>/}:
 * a {@code hostile.properties} and the files the attack adds to the reference or the skeleton;
 * the grader initializes every class of the exercise, so a hostile static initializer goes off) the
 * way a teacher grades a submission — the grader's command line, in a process of its own — in
 * each mode the attack names, and asserts for each: an expected status, a score no higher than the
 * honest part earns, the report written, the run ended within its bound, and nothing left running
 * anywhere on the machine. What is left running is found by a marker in the environment of the
 * grading (which every process it starts inherits) and, for attacks that shed their environment,
 * by a marker in their command line, among all processes in {@code /proc}: an escaped process is
 * no one's descendant. Both markers are fresh for each grading, since the gradings of one attack in
 * its several modes run at the same time: a fixed marker would find another grading's processes,
 * alive as they should be.
 *
 * <p>{@code hostile.properties}: {@code description}, {@code base} (solutions or exercises),
 * {@code status} (one or more, comma-separated), {@code maxScore} (the exercise's full marks when
 * left out: an attack on a reference solution need only gain nothing), {@code modes} ({@code grade},
 * {@code grade-class}, {@code mvn-verify}; default {@code grade}), {@code strayMarker} (a word of
 * the attack's sources that each grading replaces by a marker of its own, for the command lines of
 * the processes it starts), and
 * {@code link.<path>=<kit file>} for a link the submission holds in place of a file, and
 * {@code reported}: words the report must say about the files it left out.
 */
class HostileSubmissionTest {

    private static final Path CORPUS = SourceTree.KIT_ROOT.resolve("grader/src/test/hostile");
    private static final Duration BOUND = Duration.ofMinutes(3);
    private static final Duration END_OF_STRAYS = Duration.ofSeconds(10);
    /** {@code -Dhostile.attack=name,…}: only these attacks, while one is being written. */
    private static final List<String> ONLY = list(System.getProperty("hostile.attack", ""));
    /**
     * Gradings run this many at a time, each in a grader process of its own with its own marker:
     * most of a grading is waiting (for a JVM to start, a hold, a bound), so two share two cores.
     */
    private static final ExecutorService GRADERS = Executors.newFixedThreadPool(Integer.getInteger("hostile.parallelism", 2));

    @TestFactory
    Stream<DynamicTest> noAttackRaisesTheScoreStallsTheGraderOrLeavesAnythingRunning() throws Exception {
        try (Stream<Path> exercises = Files.list(CORPUS)) {
            return exercises.sorted().flatMap(HostileSubmissionTest::attacksOn).toList().stream();
        }
    }

    private static Stream<DynamicTest> attacksOn(Path exerciseFolder) {
        String exercise = exerciseFolder.getFileName().toString();
        try (Stream<Path> attacks = Files.list(exerciseFolder)) {
            List<DynamicTest> tests = new ArrayList<>();
            for (Path attack : attacks.sorted().toList()) {
                if (!ONLY.isEmpty() && !ONLY.contains(attack.getFileName().toString())) {
                    continue;
                }
                Properties expected = properties(attack);
                for (String mode : list(expected.getProperty("modes", "grade"))) {
                    Future<?> grading = GRADERS.submit(() -> {
                        grade(exercise, attack, expected, Mode.valueOf(mode.toUpperCase().replace('-', '_')));
                        return null;
                    });
                    tests.add(dynamicTest(exercise + "/" + attack.getFileName() + " [" + mode + "]", () -> verdictOf(grading)));
                }
            }
            return tests.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for a grading that runs beside others, and fails as it failed. */
    private static void verdictOf(Future<?> grading) throws Throwable {
        try {
            grading.get();
        } catch (ExecutionException failed) {
            throw failed.getCause();
        }
    }

    @AfterAll
    static void stopGrading() {
        GRADERS.shutdownNow();
    }

    /**
     * How a submission is graded: by a teacher, one submission or a class folder of them, or as a
     * student's {@code mvn verify} does, from classes compiled already.
     */
    private enum Mode {
        GRADE, GRADE_CLASS, MVN_VERIFY;

        List<String> arguments(Path submission, Path out, String exercise) throws IOException {
            return switch (this) {
                case GRADE -> List.of("grade", submission.toString(), "--out=" + out, "--exercise=" + exercise, "--quiet");
                case GRADE_CLASS -> List.of("grade-class", submission.getParent().toString(), "--out=" + out,
                        "--exercise=" + exercise, "--jobs=1");
                case MVN_VERIFY -> List.of("grade-classes", compiled(submission, exercise).toString(), "--out=" + out,
                        "--exercise=" + exercise);
            };
        }

        /** The submission compiled as Maven compiles the student's exercises module: every source. */
        private static Path compiled(Path submission, String exercise) throws IOException {
            Path classes = Files.createDirectories(submission.resolveSibling(submission.getFileName() + "-classes"));
            List<String> arguments = new ArrayList<>(List.of("--release", "21", "-g", "-proc:none", "-d", classes.toString()));
            try (Stream<Path> sources = Files.walk(submission.resolve("exercises/src/main/java"))) {
                sources.map(Path::toString).filter(name -> name.endsWith(".java")).forEach(arguments::add);
            }
            assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new)));
            return classes;
        }

        Path gradeJson(Path out, String name) {
            return this == GRADE_CLASS ? out.resolve("submissions/" + name + "/grade/grade.json") : out.resolve("grade.json");
        }
    }

    private static void grade(String exercise, Path attack, Properties expected, Mode mode) throws Exception {
        Path work = Files.createTempDirectory("hostile-" + attack.getFileName() + "-");
        String name = attack.getFileName().toString();
        Path submission = work.resolve("class/" + name);
        Path sources = submission.resolve("exercises/src/main/java");
        SourceTree.copyJava(SourceTree.KIT_ROOT.resolve(expected.getProperty("base") + "/src/main/java"), sources);
        String marker = StrayProcesses.newMarker();
        String commandLineMarker = StrayProcesses.newMarker();
        overlay(attack, sources, expected, commandLineMarker);
        Path out = work.resolve("report");

        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "course.grader.cli.Main"));
        command.addAll(mode.arguments(submission, out, exercise));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("grader.log").toFile());
        builder.environment().put("KIT_STRAY_MARKER", marker);
        long start = System.nanoTime();
        Process grader = builder.start();
        boolean ended = grader.waitFor(BOUND.toMillis(), TimeUnit.MILLISECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        if (!ended) {
            grader.destroyForcibly();
        }
        assertTrue(ended, name + " [" + mode + "] ran past " + BOUND + ": " + tail(work.resolve("grader.log")));

        Path gradeJson = mode.gradeJson(out, name);
        assertTrue(Files.isRegularFile(gradeJson), name + ": no report; " + tail(work.resolve("grader.log")));
        Grade grade = Json.read(gradeJson, Grade.class);
        ExerciseGrade result = grade.exercises().get(0);
        String story = name + " [" + mode + "] → " + result.status() + " " + result.score() + "/" + result.maxScore()
                + " in " + took.toSeconds() + " s" + (result.note() == null ? "" : "\n" + result.note());
        assertTrue(list(expected.getProperty("status")).contains(result.status().label()), story);
        assertTrue(result.score() <= Integer.parseInt(expected.getProperty("maxScore", String.valueOf(result.maxScore()))),
                story);
        String reported = expected.getProperty("reported");
        if (reported != null) {
            String said = String.join("\n", grade.leftOut()) + "\n" + result.note();
            assertTrue(said.contains(reported), story + "\nexpected the report to name " + reported + " in:\n" + said);
        }

        for (String left : List.of(marker, commandLineMarker)) {
            await().atMost(END_OF_STRAYS).until(() -> StrayProcesses.withMarker(left).isEmpty());
        }
        FileTrees.delete(work); // kept only when the attack got through: its log and report are the evidence
    }

    /**
     * Puts the attack's files over the base: every file of its folder (sources, class files…)
     * but its properties, its {@code strayMarker} replaced in its sources by {@code commandLineMarker},
     * and the links its properties name ({@code link.<path>=<kit file>}).
     */
    private static void overlay(Path attack, Path sources, Properties expected, String commandLineMarker)
            throws IOException {
        String strayMarker = expected.getProperty("strayMarker");
        try (Stream<Path> files = Files.walk(attack)) {
            for (Path file : files.filter(Files::isRegularFile).filter(file -> !file.endsWith("hostile.properties")).toList()) {
                Path target = sources.resolve(attack.relativize(file).toString());
                Files.createDirectories(target.getParent());
                if (strayMarker != null && file.toString().endsWith(".java")) {
                    Files.writeString(target, Files.readString(file).replace(strayMarker, commandLineMarker));
                } else {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        for (String key : expected.stringPropertyNames()) {
            if (key.startsWith("link.")) {
                Path link = sources.resolve(key.substring("link.".length()));
                Files.deleteIfExists(link);
                Files.createSymbolicLink(link, SourceTree.KIT_ROOT.resolve(expected.getProperty(key)));
            }
        }
    }

    private static Properties properties(Path attack) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(attack.resolve("hostile.properties"))) {
            properties.load(reader);
        }
        return properties;
    }

    private static List<String> list(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(item -> !item.isEmpty()).toList();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }
}
