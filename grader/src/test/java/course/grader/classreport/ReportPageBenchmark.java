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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;

/**
 * How long the class report of 400 students takes to open in headless chromium: from the start of
 * navigation until the page has drawn its table, median of 5 loads. Every student has a grade of
 * the real catalogue's size, a third of the checks failed with feedback of a realistic length.
 * Target: under 2 seconds.
 */
@Tag("benchmark")
class ReportPageBenchmark {

    private static final int STUDENTS = 400;
    private static final int LOADS = 5;

    @Test
    void openTheReportOfFourHundredStudents(@TempDir Path work) throws Exception {
        Path page = work.resolve("index.html");
        Files.writeString(page, HtmlReport.render(classOf(STUDENTS)), StandardCharsets.UTF_8);
        List<Double> renderedAt = new ArrayList<>();
        try (Browser browser = Browser.startOrSkip()) {
            for (int load = 0; load < LOADS; load++) {
                browser.driver().get(page.toUri() + "?load=" + load);
                renderedAt.add(((Number) ((JavascriptExecutor) browser.driver())
                        .executeScript("return window.reportRenderedAt")).doubleValue());
            }
        }
        List<Double> sorted = renderedAt.stream().sorted().toList();
        System.out.printf("BENCHMARK report page: %d students, %d KB; drawn %.0f ms after navigation (median of %d: %s; target < 2000)%n",
                STUDENTS, Files.size(page) / 1024, sorted.get(LOADS / 2), LOADS, renderedAt);
    }

    private static ClassReport classOf(int size) {
        List<ExerciseDescriptor> exercises = List.copyOf(ExerciseCatalog.load().all());
        Random random = new Random(size);
        List<StudentRow> students = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<ExerciseGrade> grades = new ArrayList<>();
            for (ExerciseDescriptor exercise : exercises) {
                List<CheckGrade> checks = exercise.checks().stream().map(check -> checkGrade(check, random)).toList();
                grades.add(ExerciseGrade.graded(exercise.id(), exercise.title(), checks));
            }
            String name = "student-%03d".formatted(i);
            students.add(StudentRow.of(name, false, 40_000, Grade.of(name, "2026-11-22T10:00:00Z", grades)));
        }
        List<ExerciseColumn> columns = exercises.stream()
                .map(exercise -> new ExerciseColumn(exercise.id(), exercise.title(), exercise.maxScore())).toList();
        return new ClassReport("2026-11-22T10:00:00Z", columns, students, FailedChecksRanking.of(students),
                MeasurementComparison.of(students), List.of(), Map.of());
    }

    private static CheckGrade checkGrade(CheckDescriptor check, Random random) {
        boolean passed = random.nextInt(3) > 0;
        Feedback feedback = passed ? null : Feedback.expected("x".repeat(120)).observed("y".repeat(200))
                .cause("cause " + random.nextInt(3) + " " + "z".repeat(100)).revisit("w".repeat(80));
        return new CheckGrade(check.id(), check.title(), check.kind().label(), passed ? check.points() : 0, check.points(),
                passed, passed ? null : feedback.render(), feedback, random.nextInt(5000),
                check.kind() == CheckKind.STRESS ? Map.of("figure", new Measurement(random.nextDouble() * 1e6, "ops/s")) : Map.of(),
                null);
    }
}
