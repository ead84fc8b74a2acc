package course.grader.batch;

import course.grader.classreport.SubmissionStatus;
import course.grader.catalog.ExerciseCatalog;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.classreport.ClassReport;
import course.grader.classreport.StudentRow;
import course.grader.supervisor.Containment;
import course.grader.supervisor.JvmSettings;
import course.grader.testing.SourceTree;
import course.grader.testing.StrayProcesses;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code grade-class} on a small class of the {@code event} exercise: every submission ends in the
 * report whatever happened to it, a hanging grading is killed with every process it started, an
 * interrupted run resumes with only what is missing, and shards merge into one report.
 *
 * <p>The time-out and the crash are staged by a stand-in for {@code java} that hangs (with a child
 * process of its own) or dies for two named students and runs the real grader for the others.
 */
class ClassGradingTest {

    private static final List<ExerciseDescriptor> EVENT = ExerciseCatalog.load().select("event");
    private static final Duration BOUND = Duration.ofSeconds(40);
    /** Full marks in event, from the catalogue: the checks grow, the test stays true. */
    private static final int FULL = EVENT.get(0).maxScore();
    /** What the hanging grading's own child sleeps: seconds with a fraction no other process has. */
    private static final String GRANDCHILD_SLEEP = "600." + Math.abs(System.nanoTime() % 1_000_000_007L);

    @TempDir
    Path work;

    @Test
    void everySubmissionEndsInTheReportAndAResumedRunGradesOnlyWhatIsMissing() throws Exception {
        Path classFolder = work.resolve("class");
        submission(classFolder.resolve("alice/exercises/src/main/java"), "solutions");
        submission(classFolder.resolve("bob/src/main/java"), "exercises");
        Path dave = submission(classFolder.resolve("dave/exercises/src/main/java"), "solutions");
        Files.writeString(dave.resolve("course/event/Event.java"), "\nclass Unfinished {", StandardOpenOption.APPEND);
        Path frank = submission(classFolder.resolve("frank/exercises/src/main/java"), "solutions");
        Files.writeString(frank.resolve("course/event/Quit.java"),
                "package course.event; class Quit { static { System.exit(0); } }");
        submission(classFolder.resolve("hangs/exercises/src/main/java"), "exercises");
        submission(classFolder.resolve("crashes/exercises/src/main/java"), "exercises");
        Path out = work.resolve("report");

        String firstRun = gradeClass(classFolder, out, Shard.WHOLE_CLASS);

        Map<String, StudentRow> rows = rowsByName(out);
        assertEquals(List.of("_reference", "alice", "bob", "crashes", "dave", "frank", "hangs"), List.copyOf(rows.keySet()));
        assertRow(rows.get("_reference"), SubmissionStatus.GRADED, FULL);
        assertRow(rows.get("alice"), SubmissionStatus.GRADED, FULL);
        assertRow(rows.get("bob"), SubmissionStatus.GRADED, 0);
        assertRow(rows.get("dave"), SubmissionStatus.NOT_COMPILED, 0);
        assertTrue(rows.get("dave").grade().exercises().getFirst().note().contains("Event.java"));
        assertRow(rows.get("frank"), SubmissionStatus.FLAGGED, 0);
        assertRow(rows.get("hangs"), SubmissionStatus.TIMED_OUT, 0);
        assertTrue(rows.get("hangs").note().contains("killed"), rows.get("hangs").note());
        assertRow(rows.get("crashes"), SubmissionStatus.CRASHED, 0);
        assertTrue(rows.get("crashes").note().contains("exit code 3"), rows.get("crashes").note());
        assertTrue(rows.get("crashes").note().contains("simulated crash"), rows.get("crashes").note());
        await("the process the hanging grading started is killed, wherever it is").atMost(Duration.ofSeconds(10))
                .until(() -> StrayProcesses.withMarker(GRANDCHILD_SLEEP).isEmpty());
        assertTrue(firstRun.contains("left"), firstRun);

        Containment containment = JvmSettings.inheritFromThisJvm().containment();
        assertEquals(containment.description(), rows.get("alice").grade().containment(), "graded as the class grading chose");
        String csv = Files.readString(out.resolve("class.csv"));
        assertTrue(csv.startsWith("student,status,event (" + FULL + "),total,max,contained,containment,left out\r\n"), csv);
        assertTrue(csv.contains("\r\nalice,graded," + FULL + "," + FULL + "," + FULL + ","
                + (containment.contained() ? "yes" : "no") + ",\"" + containment.description() + "\",\r\n"), csv); // quoted: it holds a comma
        assertTrue(Files.readString(out.resolve("index.html")).contains("class-report-data"));
        assertTrue(Files.isRegularFile(out.resolve("submissions/alice/grade/grade.md")));
        assertTrue(Files.isRegularFile(out.resolve("submissions/alice/sources/course/event/Event.java")));

        String resumed = gradeClass(classFolder, out, Shard.WHOLE_CLASS);
        assertTrue(resumed.contains("7 already graded, 0 to go"), resumed);

        Files.delete(out.resolve("submissions/bob/result.json"));
        String afterLoss = gradeClass(classFolder, out, Shard.WHOLE_CLASS);
        assertTrue(afterLoss.contains("6 already graded, 1 to go"), afterLoss);
        assertRow(rowsByName(out).get("bob"), SubmissionStatus.GRADED, 0);
    }

    /**
     * A class graded with containment turned off ({@code -Dgrader.containment=none}, or a machine
     * without any) is graded so throughout: the grading processes do not probe for a containment of
     * their own, and every grade says it ran uncontained.
     */
    @Test
    void aClassGradedUncontainedSaysSoInEveryGrade() throws Exception {
        Path classFolder = work.resolve("class");
        submission(classFolder.resolve("alice/exercises/src/main/java"), "solutions");
        Path out = work.resolve("report");
        JvmSettings real = JvmSettings.inheritFromThisJvm();
        JvmSettings uncontained = new JvmSettings(real.javaExecutable(), real.graderClassPath(), real.maxHeap(),
                real.limits(), Containment.NONE);

        new ClassGrading(new ClassGrading.Options(classFolder, out, EVENT, 2, Shard.WHOLE_CLASS, BOUND, true,
                SourceTree.KIT_ROOT), uncontained, quiet()).run();

        Map<String, StudentRow> rows = rowsByName(out);
        assertEquals(List.of("_reference", "alice"), List.copyOf(rows.keySet()));
        rows.values().forEach(row -> {
            assertEquals(Containment.NONE.description(), row.grade().containment(), row.name());
            assertFalse(row.grade().contained(), row.name());
        });
        assertTrue(Files.readString(out.resolve("class.csv")).contains("\r\nalice,graded," + FULL + "," + FULL + ","
                + FULL + ",no,"), "the class report says it");
    }

    @Test
    void shardsAreDisjointAndMergeIntoOneReport() throws Exception {
        Path classFolder = work.resolve("class");
        for (String student : List.of("crashes-a", "crashes-b", "crashes-c", "crashes-d", "crashes-e")) {
            submission(classFolder.resolve(student + "/exercises/src/main/java"), "exercises");
        }
        gradeClass(classFolder, work.resolve("shard-1"), Shard.parse("1/2"));
        gradeClass(classFolder, work.resolve("shard-2"), Shard.parse("2/2"));
        assertEquals(List.of("_reference", "crashes-b", "crashes-d"), List.copyOf(rowsByName(work.resolve("shard-1")).keySet()));
        assertEquals(List.of("crashes-a", "crashes-c", "crashes-e"), List.copyOf(rowsByName(work.resolve("shard-2")).keySet()));

        Path merged = work.resolve("merged");
        ResultStore store = new ResultStore(merged);
        store.addAll(new ResultStore(work.resolve("shard-1")));
        store.addAll(new ResultStore(work.resolve("shard-2")));
        ClassReport report = ClassGrading.writeReport(merged, EVENT, SourceTree.KIT_ROOT, store, quiet());

        assertEquals(6, report.students().size());
        assertTrue(Files.readString(merged.resolve("class.csv")).contains("crashes-e,crashed,0,0," + FULL));
    }

    private String gradeClass(Path classFolder, Path out, Shard shard) throws IOException, InterruptedException {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        ClassGrading.Options options = new ClassGrading.Options(classFolder, out, EVENT, 2, shard, BOUND, true,
                SourceTree.KIT_ROOT);
        new ClassGrading(options, stagedJava(), new PrintStream(console, true, StandardCharsets.UTF_8)).run();
        return console.toString(StandardCharsets.UTF_8);
    }

    /** The grader's JVM settings with {@code java} replaced by a script that hangs or crashes for some students. */
    private JvmSettings stagedJava() throws IOException {
        JvmSettings real = JvmSettings.inheritFromThisJvm();
        Path script = work.resolve("staged-java");
        Files.writeString(script, """
                #!/bin/sh
                case "$*" in
                  *--name=hangs*) sleep %s & sleep 600 ;;
                  *--name=crashes*) echo 'fatal: simulated crash' >&2; exit 3 ;;
                esac
                exec '%s' "$@"
                """.formatted(GRANDCHILD_SLEEP, real.javaExecutable()));
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return new JvmSettings(script, real.graderClassPath(), real.maxHeap(), real.limits(), real.containment());
    }

    private static Path submission(Path sourceRoot, String kitModule) throws IOException {
        SourceTree.copyJava(SourceTree.KIT_ROOT.resolve(kitModule + "/src/main/java/course/event"),
                sourceRoot.resolve("course/event"));
        return sourceRoot;
    }

    private static Map<String, StudentRow> rowsByName(Path out) throws IOException {
        return new ResultStore(out).loadAll().stream()
                .collect(Collectors.toMap(StudentRow::name, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
    }

    private static void assertRow(StudentRow row, SubmissionStatus status, int score) {
        assertEquals(status, row.status(), row::toString);
        assertEquals(score, row.score(), row::toString);
        assertEquals(FULL, row.maxScore());
    }

    private static PrintStream quiet() {
        return new PrintStream(PrintStream.nullOutputStream());
    }
}
