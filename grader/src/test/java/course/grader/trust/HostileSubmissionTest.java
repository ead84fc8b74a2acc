package course.grader.trust;

import course.grader.cli.Main;
import course.grader.protocol.Json;
import course.grader.report.ExerciseGrade;
import course.grader.report.Grade;
import course.grader.testing.SourceTree;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Grades every submission of the hostile corpus ({@code grader/src/test/hostile/<exercise>/<attack>/}:
 * a {@code hostile.properties} and a class {@code Sabotage} added to the reference or the skeleton;
 * the grader initializes every class of the exercise, so a hostile static initializer goes off) the
 * way a teacher grades a submission, and asserts for each: the expected status, a score no higher
 * than the honest part earns, the report written, the run ended within its bound, and no process
 * left running.
 */
class HostileSubmissionTest {

    private static final Path CORPUS = SourceTree.KIT_ROOT.resolve("grader/src/test/hostile");
    private static final Duration BOUND = Duration.ofMinutes(3);

    @TestFactory
    Stream<DynamicTest> noAttackRaisesTheScoreStallsTheGraderOrLeavesAnythingRunning() throws Exception {
        try (Stream<Path> exercises = Files.list(CORPUS)) {
            return exercises.sorted().flatMap(HostileSubmissionTest::attacksOn).toList().stream();
        }
    }

    private static Stream<DynamicTest> attacksOn(Path exerciseFolder) {
        try (Stream<Path> attacks = Files.list(exerciseFolder)) {
            return attacks.sorted().map(attack -> dynamicTest(exerciseFolder.getFileName() + "/" + attack.getFileName(),
                    () -> grade(exerciseFolder.getFileName().toString(), attack))).toList().stream();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void grade(String exercise, Path attack) throws Exception {
        Properties expected = new Properties();
        try (Reader reader = Files.newBufferedReader(attack.resolve("hostile.properties"))) {
            expected.load(reader);
        }
        Path work = Files.createTempDirectory("hostile-" + attack.getFileName() + "-");
        Path sources = work.resolve("submission/exercises/src/main/java");
        SourceTree.copyJava(SourceTree.KIT_ROOT.resolve(expected.getProperty("base") + "/src/main/java"), sources);
        SourceTree.copyJava(attack, sources);
        Path out = work.resolve("report");

        long start = System.nanoTime();
        Main.run(new String[] {"grade", work.resolve("submission").toString(), "--out=" + out,
                "--exercise=" + exercise, "--name=" + attack.getFileName(), "--quiet"});
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        Grade grade = Json.read(out.resolve("grade.json"), Grade.class);
        ExerciseGrade result = grade.exercises().get(0);
        String story = attack.getFileName() + " → " + result.status() + " " + result.score() + "/" + result.maxScore()
                + (result.note() == null ? "" : "\n" + result.note());
        assertEquals(expected.getProperty("status"), result.status(), story);
        assertTrue(result.score() <= Integer.parseInt(expected.getProperty("maxScore")), story);
        assertTrue(took.compareTo(BOUND) < 0, "took " + took);
        await().atMost(Duration.ofSeconds(10)).until(() -> ProcessHandle.current().descendants().findAny().isEmpty());
    }
}
