package course.grader.classreport;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * How fast the report page of a large class opens: a class of {@value #STUDENTS} is loaded
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
        URI page = ClassReportPageTest.writePage(folder, SampleClass.of(STUDENTS));
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
}
