package course.grader.cli;

import course.grader.report.CheckGrade;
import course.grader.report.CheckStatus;
import course.grader.report.ExerciseStatus;
import course.grader.report.Json;
import course.grader.report.ExerciseGrade;
import course.grader.report.Grade;
import course.grader.testing.SourceTree;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Assumptions;
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
        assertEquals(ExerciseStatus.NOT_COMPILED, counter.status());
        assertTrue(counter.note().contains("Account.java:"), counter.note());
        assertTrue(Files.readString(out.resolve("grade.md")).contains("Account.java:"));
    }

    /**
     * On one CPU (Gradescope's default runner) jcstress cannot give its two actors a CPU each: the
     * reference's no-lost-update is not decided there, costs nothing, and the grade says why.
     */
    @Test
    void aCheckTheMachineCannotDecideCostsNothingAndSaysWhy(@TempDir Path work) throws Exception {
        Path taskset = Path.of("/usr/bin/taskset");
        Assumptions.assumeTrue(Files.isExecutable(taskset), "util-linux's taskset pins the grader to one CPU");
        Path submission = work.resolve("student-c");
        SourceTree.copyJava(SourceTree.KIT_ROOT.resolve("solutions/src/main/java/course/counter"),
                submission.resolve("exercises/src/main/java/course/counter"));
        Path out = work.resolve("report");
        Process grader = new ProcessBuilder(taskset.toString(), "-c", "0",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "grade", submission.toString(),
                "--out=" + out, "--exercise=counter", "--quiet")
                .redirectErrorStream(true).start();
        String printed = new String(grader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(0, grader.waitFor(), printed);
        Grade grade = Json.read(out.resolve("grade.json"), Grade.class);
        CheckGrade jcstress = grade.exercises().get(0).checks().stream()
                .filter(check -> check.id().equals("no-lost-update")).findFirst().orElseThrow();
        assertEquals(CheckStatus.UNDECIDED, jcstress.status());
        assertEquals(jcstress.maxScore(), jcstress.score());
        assertTrue(jcstress.feedback().contains("not decided here, and no points lost")
                && jcstress.feedback().contains("this machine has 1"), jcstress.feedback());
        assertTrue(Files.readString(out.resolve("grade.md")).contains("not decided here"));
    }

    /**
     * The grader failing (here: it is told to use a containment that does not exist, and cannot
     * start) ends the JVM with exit code 2 and says so, which {@code mvn verify} turns into a
     * failed build and a workflow into a failed job: never a pass, and never mistaken for "some
     * check failed" (exit code 1).
     */
    @Test
    void aCrashOfTheGraderItselfExitsTwoAndSaysSo(@TempDir Path work) throws Exception {
        Path submission = work.resolve("student-b");
        SourceTree.copyJava(SourceTree.KIT_ROOT.resolve("solutions/src/main/java/course/threadlocal"),
                submission.resolve("exercises/src/main/java/course/threadlocal"));
        Process grader = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dgrader.containment=no-such-containment", "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "grade", submission.toString(), "--out=" + work.resolve("report"),
                "--exercise=threadlocal", "--quiet")
                .redirectErrorStream(true).start();
        String printed = new String(grader.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertEquals(Main.GRADER_FAILED, grader.waitFor(), printed);
        assertTrue(printed.contains("the grader failed"), printed);
    }

    @Test
    void anUnknownExerciseIsAUsageError(@TempDir Path work) throws Exception {
        assertEquals(2, Main.run(new String[] {"grade", work.toString(), "--exercise=nonsense"}));
    }

    @Test
    void aMisspeltOptionIsAUsageErrorNotAGradeOfEverything(@TempDir Path work) throws Exception {
        String said = usageError("grade", work.toString(), "--exercises=counter");

        assertTrue(said.contains("unknown option --exercises for grade") && said.contains("--exercise "), said);
    }

    @Test
    void aStrayArgumentIsAUsageError(@TempDir Path work) throws Exception {
        String said = usageError("grade", work.toString(), "counter");

        assertTrue(said.contains("grade takes at most 1 argument before its options, not " + work + " counter"), said);
        assertTrue(usageError("list", "everything").contains("list takes no arguments"));
    }

    @Test
    void aValueTheUserGotWrongIsAUsageErrorNamingTheOption() throws Exception {
        Path work = Files.createTempDirectory("grader-usage");
        assertTrue(usageError("grade", work.toString(), "--parallel=many").contains("--parallel=many"));
        assertTrue(usageError("grade", work.toString(), "--parallel=0").contains("must be at least 1"));
        assertTrue(usageError("grade", work.toString(), "--exercise=nonsense").contains("no exercise named 'nonsense'"));
    }

    /** What the grader printed to standard error for a command line it must refuse with exit code 2. */
    private static String usageError(String... args) throws Exception {
        PrintStream console = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            assertEquals(Main.GRADER_FAILED, Main.run(args));
        } finally {
            System.setErr(console);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
