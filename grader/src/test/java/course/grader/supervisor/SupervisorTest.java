package course.grader.supervisor;

import course.grader.catalog.ExerciseDescriptor;
import course.grader.report.Json;
import course.grader.report.CheckGrade;
import course.grader.report.ExerciseGrade;
import course.grader.report.ReportFolder;
import course.grader.report.ReportWriter;
import course.grader.supervisor.probe.ProbeExercise;
import course.grader.testing.StrayProcesses;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervisor keeps grading whatever the code under test does: each probe check imitates one
 * way student code goes wrong, and each must cost exactly that check, with feedback that says what
 * happened.
 */
class SupervisorTest {

    private static Map<String, CheckGrade> checks;
    private static ExerciseGrade grade;

    @BeforeAll
    static void gradeTheProbe(@TempDir Path work) throws Exception {
        Path noClasses = Files.createDirectories(work.resolve("classes"));
        grade = new Supervisor(JvmSettings.inheritFromThisJvm())
                .grade(ExerciseDescriptor.of(ProbeExercise.class), noClasses, work);
        checks = grade.checks().stream().collect(Collectors.toMap(CheckGrade::id, Function.identity()));
        Path reports = ReportFolder.claim(Path.of(System.getProperty("kit.report", "target/grade")), ReportWriter.REPORTS);
        Json.write(reports.resolve("engine-probe.json"), grade);
    }

    @Test
    void everyCheckIsReportedInCatalogueOrderAndScoredFromTheCatalogue() {
        assertEquals(12, grade.checks().size());
        assertEquals("reports-its-jvm", grade.checks().get(0).id());
        assertEquals(grade.checks().stream().filter(CheckGrade::passed).count(), grade.score());
    }

    @Test
    void aCheckThatLeavesAThreadRunningPassesButTheNextRunsInAFreshJvm() {
        assertTrue(checks.get("leaves-a-thread-running").passed());
        assertTrue(checks.get("reports-its-jvm-again").passed());
        assertNotEquals(measured("reports-its-jvm", "jvm"), measured("reports-its-jvm-again", "jvm"));
    }

    @Test
    void aChildProcessACheckLeavesBehindIsKilled() {
        assertTrue(checks.get("leaks-a-child-process").passed());
        assertNothingLeftOf("leaks-a-child-process");
    }

    @Test
    void aProcessOrphanedByADoubleForkIsKilledToo() {
        assertTrue(checks.get("escapes-by-double-fork").passed());
        assertNothingLeftOf("escapes-by-double-fork");
    }

    @Test
    void writingAPassingResultOnTheResultChannelDoesNotPass() {
        CheckGrade forged = checks.get("writes-on-the-channel");
        assertFalse(forged.passed(), forged.toString());
        assertEquals("x", forged.details().expected(), "the check's own result is reported, not the forged one");
    }

    /** The check's process, whose sleep has the check's marker as its fraction, is found nowhere on the machine. */
    private static void assertNothingLeftOf(String check) {
        String fraction = "." + (long) measured(check, "marker");
        assertEquals(List.of(), StrayProcesses.withMarker(fraction),
                "a process of " + check + " (sleeping 30x" + fraction + " s) is still alive somewhere on the machine");
    }

    @Test
    void systemExitCostsTheCheckAndSaysSo() {
        CheckGrade exit = checks.get("exits-the-jvm");
        assertFalse(exit.passed());
        assertTrue(exit.details().observed().contains("exit code 3"), exit.feedback());
        assertTrue(exit.details().cause().contains("System.exit"), exit.feedback());
    }

    @Test
    void aDeadlockIsReportedAsItsCycle() {
        CheckGrade deadlock = checks.get("deadlocks");
        assertFalse(deadlock.passed());
        String observed = deadlock.details().observed();
        assertTrue(observed.contains("deadlock: thread 'deadlocker-"), observed);
        assertTrue(observed.matches("(?s).*holds ReentrantLock#\\p{XDigit}+ and waits for ReentrantLock#.*"), observed);
    }

    @Test
    void aCheckPastItsLimitIsStoppedWithWhatItWaitsFor() {
        CheckGrade waits = checks.get("waits-forever");
        assertFalse(waits.passed());
        assertTrue(waits.details().expected().contains("within 2 s"), waits.feedback());
        assertTrue(waits.durationMs() < 10_000, "stopped near its bound, not later: " + waits.durationMs());
    }

    @Test
    void aSpinningCheckIsStopped() {
        CheckGrade spins = checks.get("spins");
        assertFalse(spins.passed());
        assertTrue(spins.durationMs() < 10_000, "stopped near its bound: " + spins.durationMs());
    }

    @Test
    void printingAPassingResultDoesNotPass() {
        CheckGrade forged = checks.get("forges-a-pass");
        assertFalse(forged.passed(), forged.toString());
        assertTrue(forged.output() != null && forged.output().contains("forges-a-pass"), "captured output is reported");
    }

    @Test
    void gradingGoesOnToTheLastCheck() {
        assertTrue(checks.get("passes-at-the-end").passed());
    }

    private static double measured(String check, String name) {
        return checks.get(check).measurements().get(name).value();
    }
}
