package course.grader.classreport;

import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.catalog.CheckDescriptor;
import course.grader.catalog.ExerciseCatalog;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.protocol.Measurement;
import course.grader.report.CheckGrade;
import course.grader.report.ExerciseGrade;
import course.grader.report.Grade;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * How fast the report page of a large class opens: a class of {@value #STUDENTS}, each student with
 * a grade of the real catalogue's size and a third of the checks failed with feedback of a
 * realistic length, is loaded
 * {@value #RUNS} times in headless chromium, and the median time from the start of navigation to the
 * end of the page's rendering (its {@code window.reportRenderedAt}) must stay under
 * {@value #TARGET_MILLIS} ms. Prints the figures and the page's size. Tagged {@code benchmark}: not
 * part of the normal runs.
 */
@Tag("benchmark")
class ReportPageBenchmark {

    private static final int STUDENTS = 400;
    private static final int RUNS = 5;
    private static final long TARGET_MILLIS = 2_000;

    @Test
    void aClassOf400OpensWithinTheTarget(@TempDir Path folder) throws Exception {
        assumeTrue(ClassReportPageTest.HeadlessChromium.isInstalled(), "chromium or chromedriver is not installed");
        URI page = ClassReportPageTest.writePage(folder, realisticClass(STUDENTS));
        List<Double> renderedAt = new ArrayList<>();
        try (ClassReportPageTest.HeadlessChromium chromium = new ClassReportPageTest.HeadlessChromium()) {
            for (int run = 0; run < RUNS; run++) {
                chromium.open(page);
                renderedAt.add(((Number) chromium.script("return window.reportRenderedAt")).doubleValue());
            }
        }
        double median = renderedAt.stream().sorted().toList().get(RUNS / 2);
        System.out.printf("class report page, %d students, %d KB: rendered after a median of %.0f ms (runs: %s)%n",
                STUDENTS, Files.size(Path.of(page)) / 1024, median,
                renderedAt.stream().map(millis -> String.format("%.0f", millis)).toList());
        assertTrue(median < TARGET_MILLIS, "median " + median + " ms, target " + TARGET_MILLIS + " ms");
    }

    private static ClassReport realisticClass(int size) {
        List<ExerciseDescriptor> exercises = List.copyOf(ExerciseCatalog.load().all());
        Random random = new Random(size);
        List<StudentRow> students = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<ExerciseGrade> grades = new ArrayList<>();
            for (ExerciseDescriptor exercise : exercises) {
                grades.add(ExerciseGrade.graded(exercise.id(), exercise.title(),
                        exercise.checks().stream().map(check -> checkGrade(check, random)).toList()));
            }
            String name = "student-%03d".formatted(i);
            students.add(StudentRow.of(name, false, 40_000, Grade.of(name, "2026-11-22T10:00:00Z", "a PID namespace of its own", List.of(), grades)));
        }
        List<ExerciseColumn> columns = exercises.stream()
                .map(exercise -> new ExerciseColumn(exercise.id(), exercise.title(), exercise.maxScore())).toList();
        return new ClassReport("2026-11-22T10:00:00Z", columns, students, FailedChecksRanking.of(students),
                MeasurementComparison.of(students), List.of(), Map.of(), List.of());
    }

    private static CheckGrade checkGrade(CheckDescriptor check, Random random) {
        boolean passed = random.nextInt(3) > 0;
        Feedback feedback = passed ? null : Feedback.expected("e".repeat(120)).observed("o".repeat(200))
                .cause("cause " + random.nextInt(3) + " " + "c".repeat(100)).revisit("r".repeat(80));
        Map<String, Measurement> measured = check.kind() == CheckKind.STRESS
                ? Map.of("figure", new Measurement(random.nextDouble() * 1e6, "ops/s")) : Map.of();
        return passed ? CheckGrade.passed(check, random.nextInt(5000), measured)
                : CheckGrade.failed(check, feedback, random.nextInt(5000), measured, null);
    }
}
