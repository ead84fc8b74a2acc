package course.grader.cli;

import course.grader.protocol.Json;
import course.grader.report.ExerciseGrade;
import course.grader.report.Grade;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code grade <submission>}: the teacher's command, on a submission that does not compile. */
class GradeCommandTest {

    private static final Path KIT_ROOT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();

    @Test
    void aSubmissionThatDoesNotCompileScoresZeroWithTheCompilersMessages(@TempDir Path work) throws Exception {
        Path submission = work.resolve("student-a");
        copyTree(KIT_ROOT.resolve("exercises/src/main/java"), submission.resolve("exercises/src/main/java"));
        Files.writeString(submission.resolve("exercises/src/main/java/course/counter/Account.java"),
                "\nclass Unfinished {", StandardOpenOption.APPEND);
        Path out = work.resolve("report");

        int exitCode = Main.run(new String[] {"grade", submission.toString(), "--out=" + out, "--exercise=counter"});

        assertEquals(1, exitCode);
        Grade grade = Json.read(out.resolve("grade.json"), Grade.class);
        assertEquals("student-a", grade.target());
        assertEquals(0, grade.score());
        ExerciseGrade counter = grade.exercises().get(0);
        assertEquals(ExerciseGrade.NOT_COMPILED, counter.status());
        assertTrue(counter.note().contains("Account.java:"), counter.note());
        assertTrue(Files.readString(out.resolve("grade.md")).contains("Account.java:"));
    }

    @Test
    void anUnknownExerciseIsAUsageError(@TempDir Path work) throws Exception {
        assertEquals(2, Main.run(new String[] {"grade", work.toString(), "--exercise=nonsense"}));
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
