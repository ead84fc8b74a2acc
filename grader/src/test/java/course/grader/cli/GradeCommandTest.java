package course.grader.cli;

import course.grader.protocol.Json;
import course.grader.report.ExerciseGrade;
import course.grader.report.Grade;
import course.grader.testing.SourceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code grade <submission>}: the teacher's command, on a submission that does not compile. */
class GradeCommandTest {

    @Test
    void aSubmissionThatDoesNotCompileScoresZeroWithTheCompilersMessages(@TempDir Path work) throws Exception {
        Path submission = work.resolve("student-a");
        SourceTree.copyJava(SourceTree.KIT_ROOT.resolve("exercises/src/main/java"), submission.resolve("exercises/src/main/java"));
        Files.writeString(submission.resolve("exercises/src/main/java/course/counter/Account.java"),
                "\nclass Unfinished {", StandardOpenOption.APPEND);
        Path out = work.resolve("report");

        int exitCode = Main.run(new String[] {"grade", submission.toString(), "--out=" + out, "--exercise=counter", "--quiet"});

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
}
