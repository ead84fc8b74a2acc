package course.grader.classreport;

import course.grader.catalog.ExerciseDescriptor;
import course.grader.protocol.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Builds the class report from the graded submissions and writes it: {@code class.csv} for a
 * spreadsheet, {@code class.json} with everything, {@code index.html} to read in a browser.
 */
public final class ClassReportWriter {

    /** Pairs less alike than this are not reported. */
    static final double SIMILARITY_THRESHOLD = 0.5;
    static final int PAIRS_PER_EXERCISE = 15;

    private ClassReportWriter() {
    }

    /**
     * @param sourceRoots  student → the root of the sources that were graded
     * @param skeletonRoot the skeleton's sources (code every student was given), if known
     */
    public static ClassReport write(Path folder, List<ExerciseDescriptor> exercises, List<StudentRow> students,
                                    Map<String, Path> sourceRoots, Optional<Path> skeletonRoot, PrintStream warnings)
            throws IOException {
        Map<String, Map<String, Map<String, String>>> sources = new TreeMap<>();
        List<SimilarPair> pairs = new SimilarityFinder(sourceRoots, skeletonRoot, SIMILARITY_THRESHOLD, PAIRS_PER_EXERCISE,
                warnings).find(exercises, sources);
        ClassReport report = new ClassReport(
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                exercises.stream().map(exercise -> new ExerciseColumn(exercise.id(), exercise.title(), exercise.maxScore())).toList(),
                students,
                FailedChecksRanking.of(students),
                MeasurementComparison.of(students),
                pairs,
                sources);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("class.csv"), ClassCsv.render(report), StandardCharsets.UTF_8);
        Json.write(folder.resolve("class.json"), report);
        Files.writeString(folder.resolve("index.html"), HtmlReport.render(report), StandardCharsets.UTF_8);
        return report;
    }
}
