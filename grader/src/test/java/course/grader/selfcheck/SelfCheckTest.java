package course.grader.selfcheck;

import course.grader.report.ExerciseStatus;
import course.grader.catalog.CheckDescriptor;
import course.grader.catalog.ExerciseCatalog;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.report.Json;
import course.grader.report.CheckGrade;
import course.grader.report.ExerciseGrade;
import course.grader.report.Grade;
import course.grader.report.ReportFolder;
import course.grader.report.ReportWriter;
import course.grader.supervisor.Containment;
import course.grader.supervisor.Grading;
import course.grader.supervisor.JvmSettings;
import course.grader.io.FileTrees;
import course.grader.io.SubmissionCopy;
import course.grader.testing.SourceTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * The proof that the grader's checks can fail and pass when they should: every exercise's
 * reference and alternatives get full marks, its skeleton gets 0, and every mutant fails the checks
 * meant to catch its bug. Each implementation is graded from source exactly as a student's
 * submission is. None of them prints, so no check may report printed output: what a failed check
 * shows as the student's output must be the student's alone. Writes
 * {@code grader/target/grade/selfcheck.json}.
 *
 * <p>A mutant is graded on the checks its {@code mustFail} names, and on those only: what it must
 * prove is that they fail, for its bug's reason; the whole exercise would cost several times as long
 * (most mutants name one or two of a dozen checks). References, alternatives and skeletons are graded
 * on every check.
 *
 * <p>{@code -Dselfcheck.exercise=counter} limits the run to one exercise;
 * {@code -Dselfcheck.parallelism=1} grades one implementation at a time (default 2).
 */
class SelfCheckTest {

    private static final Path REPORT = Path.of(System.getProperty("kit.report", "target/grade"));
    private static final List<SelfCheckEntry> ENTRIES = Collections.synchronizedList(new ArrayList<>());
    /** Gradings run this many at a time; each grading's checks still run one at a time in their own JVM. */
    private static final ExecutorService GRADERS = Executors.newFixedThreadPool(Integer.getInteger("selfcheck.parallelism", 2));

    /**
     * The self-check proves the checks' verdicts, so it grades without the operating system's
     * containment (which SupervisorTest and HostileSubmissionTest prove): graded contained from this
     * test JVM, two ipc implementations that leave children behind disturbed the next checks in a way
     * the command line's contained grading of the same sources does not show; not yet understood.
     */
    private static final JvmSettings UNCONTAINED = uncontained(JvmSettings.inheritFromThisJvm());

    private static JvmSettings uncontained(JvmSettings settings) {
        return new JvmSettings(settings.javaExecutable(), settings.graderClassPath(), settings.maxHeap(),
                settings.limits(), Containment.NONE);
    }

    @TestFactory
    Stream<DynamicNode> everyImplementationIsGradedAsExpected() throws Exception {
        Implementations implementations = new Implementations(SourceTree.KIT_ROOT);
        List<DynamicNode> nodes = new ArrayList<>();
        for (ExerciseDescriptor exercise : ExerciseCatalog.load().select(System.getProperty("selfcheck.exercise", ""))) {
            List<DynamicTest> tests = new ArrayList<>();
            List<Implementation> all = implementations.of(exercise.id());
            for (Implementation implementation : all) {
                Future<Graded> grading = GRADERS.submit(() -> grade(implementations, exercise, implementation));
                tests.add(dynamicTest(implementation.name() + " (" + implementation.kind().name().toLowerCase() + ")",
                        () -> check(implementation, grading.get())));
            }
            tests.add(dynamicTest("every check is proven by a mutant", () -> everyCheckIsNamedByAMutant(exercise, all)));
            nodes.add(dynamicContainer(exercise.id(), tests));
        }
        return nodes.stream();
    }

    /** An implementation's grade, and how long grading it took. */
    private record Graded(ExerciseGrade grade, long millis) {
    }

    private static Graded grade(Implementations implementations, ExerciseDescriptor exercise,
                                Implementation implementation) throws Exception {
        long start = System.nanoTime();
        Path work = Files.createTempDirectory("selfcheck-" + exercise.id() + "-" + implementation.name() + "-");
        Path sources = implementations.materialize(implementation, work.resolve("src"));
        ExerciseDescriptor graded = implementation.kind() == Implementation.Kind.MUTANT
                ? exercise.limitedTo(implementation.mustFail()) : exercise;
        try {
            Grade grade = new Grading(UNCONTAINED, work.resolve("grading"), 1)
                    .gradeSources(implementation.label(), SubmissionCopy.make(sources, work.resolve("copy")), List.of(graded));
            return new Graded(grade.exercises().get(0), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start));
        } finally {
            FileTrees.delete(work); // what a run teaches is in selfcheck.json; hundreds of copies would fill /tmp
        }
    }

    private static void check(Implementation implementation, Graded grading) {
        ExerciseGrade result = grading.grade();
        List<String> failed = result.checks().stream().filter(check -> !check.passed()).map(CheckGrade::id).toList();
        boolean graded = result.status() == ExerciseStatus.GRADED;
        List<String> unsaid = unsaidWords(implementation, result);
        boolean ok = graded && switch (implementation.kind()) {
            case REFERENCE, ALTERNATIVE -> failed.isEmpty();
            case SKELETON -> result.score() == 0;
            case MUTANT -> failed.containsAll(implementation.mustFail()) && unsaid.isEmpty();
        };
        Map<String, String> feedback = new LinkedHashMap<>();
        result.checks().stream()
                .filter(check -> !check.passed() && (implementation.kind() != Implementation.Kind.SKELETON))
                .forEach(check -> feedback.put(check.id(), check.feedback()));
        ENTRIES.add(new SelfCheckEntry(implementation.exercise(), implementation.name(),
                implementation.kind().name().toLowerCase(), implementation.description(),
                implementation.kind().mustPassAll() ? "pass" : "fail", List.copyOf(implementation.mustFail()), failed,
                result.score(), result.maxScore(), ok, feedback, grading.millis()));

        assertTrue(ok, () -> implementation.label() + " (" + implementation.kind() + "): expected "
                + expectation(implementation) + ", but it was " + result.status() + ", failed checks were " + failed
                + (unsaid.isEmpty() ? "" : ", and the feedback did not say " + unsaid)
                + (result.note() == null ? "" : "\n" + result.note())
                + "\n" + String.join("\n", feedback.values()));
        List<String> withOutput = result.checks().stream()
                .filter(check -> check.output() != null && !check.output().isBlank()).map(CheckGrade::id).toList();
        assertTrue(withOutput.isEmpty(), () -> implementation.label() + ": no implementation prints in the checking JVM,"
                + " yet " + withOutput + " report output: the grader's own messages reached what the student's code printed");
    }

    /**
     * The words a mutant's feedback must contain and does not, as {@code check: words}. A check
     * proves a bug only if it fails for that bug's reason, and its feedback names it.
     */
    private static List<String> unsaidWords(Implementation implementation, ExerciseGrade result) {
        List<String> unsaid = new ArrayList<>();
        implementation.mustSay().forEach((checkId, words) -> {
            String feedback = result.checks().stream().filter(check -> check.id().equals(checkId))
                    .map(check -> check.feedback() == null ? "" : check.feedback().toLowerCase(Locale.ROOT))
                    .findFirst().orElse("");
            words.stream().filter(word -> !feedback.contains(word.toLowerCase(Locale.ROOT)))
                    .forEach(word -> unsaid.add(checkId + ": '" + word + "'"));
        });
        return unsaid;
    }

    /** A check no shipped mutant fails could be a check that cannot fail. */
    private static void everyCheckIsNamedByAMutant(ExerciseDescriptor exercise, List<Implementation> implementations) {
        Set<String> named = new TreeSet<>();
        implementations.forEach(implementation -> named.addAll(implementation.mustFail()));
        List<String> unproven = exercise.checks().stream().map(CheckDescriptor::id)
                .filter(id -> !named.contains(id)).toList();
        assertTrue(unproven.isEmpty(), () -> exercise.id() + ": no mutant names " + unproven
                + " in its mustFail, so nothing shows that these checks can fail");
    }

    private static String expectation(Implementation implementation) {
        return switch (implementation.kind()) {
            case REFERENCE, ALTERNATIVE -> "full marks";
            case SKELETON -> "to compile and score 0";
            case MUTANT -> "to be graded and fail " + implementation.mustFail()
                    + (implementation.mustSay().isEmpty() ? "" : " saying " + implementation.mustSay());
        };
    }

    @AfterAll
    static void writeReport() throws Exception {
        GRADERS.shutdownNow();
        List<SelfCheckEntry> sorted = new ArrayList<>(ENTRIES);
        sorted.sort(java.util.Comparator.comparing(SelfCheckEntry::exercise).thenComparing(SelfCheckEntry::implementation));
        Json.write(ReportFolder.claim(REPORT, ReportWriter.REPORTS).resolve("selfcheck.json"), sorted);
    }
}
