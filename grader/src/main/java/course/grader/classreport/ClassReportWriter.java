package course.grader.classreport;

import course.grader.api.BoundedText;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.io.AtomicFiles;
import course.grader.report.Json;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Builds the class report from the graded submissions and writes it: {@code class.csv} for a
 * spreadsheet, {@code class.json} with everything, {@code index.html} to read in a browser.
 *
 * <p>The report and the CSV are always written. Each part that is computed (the similar pairs, the
 * ranking of failed checks, the comparison of measurements) costs only itself when it throws,
 * whatever it throws: it is left empty and {@link ClassReport#problems()} says which and why, as the
 * page does at its top. Each file is written in one step, never through a link ({@link AtomicFiles}).
 */
public final class ClassReportWriter {

    /** Pairs less alike than this are not reported. */
    static final double SIMILARITY_THRESHOLD = 0.5;
    static final int PAIRS_PER_EXERCISE = 15;
    /** What a class's output folder holds: these files, and the store of graded submissions. */
    public static final Set<String> REPORTS = Set.of("class.csv", "class.json", "index.html", "submissions");

    private ClassReportWriter() {
    }

    /**
     * @param sources      student → the sources that were graded, as read before any student code ran
     * @param skeletonRoot the skeleton's sources (code every student was given), if known
     */
    public static ClassReport write(Path folder, List<ExerciseDescriptor> exercises, List<StudentRow> students,
                                    Map<String, GradedSources> sources, Optional<Path> skeletonRoot, PrintStream warnings)
            throws IOException {
        return write(folder, exercises, students,
                new SimilarityFinder(sources, skeletonRoot, SIMILARITY_THRESHOLD, PAIRS_PER_EXERCISE, SimilarityFinder.JPLAG),
                warnings);
    }

    static ClassReport write(Path folder, List<ExerciseDescriptor> exercises, List<StudentRow> students,
                             SimilarityFinder similarity, PrintStream warnings) throws IOException {
        List<String> problems = new ArrayList<>();
        SimilarityFinder.Found similar = part("the similarity of submissions", problems,
                new SimilarityFinder.Found(List.of(), Map.of(), List.of()), () -> similarity.find(exercises));
        problems.addAll(similar.problems());
        ClassReport report = new ClassReport(
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                exercises.stream().map(exercise -> new ExerciseColumn(exercise.id(), exercise.title(), exercise.maxScore())).toList(),
                students,
                part("the ranking of failed checks", problems, List.of(), () -> FailedChecksRanking.of(students)),
                part("the comparison of measurements", problems, List.of(), () -> MeasurementComparison.of(students)),
                similar.pairs(),
                similar.sources(),
                problems);
        problems.forEach(problem -> warnings.println("class report: " + problem));
        Files.createDirectories(folder);
        AtomicFiles.writeString(folder.resolve("class.csv"), ClassCsv.render(report));
        String json = part("class.json", problems, null, () -> Json.line(report));
        AtomicFiles.writeString(folder.resolve("class.json"),
                json != null ? json : Json.line(Map.of("problems", List.copyOf(problems))));
        String page = part("index.html", problems, null, () -> HtmlReport.render(report));
        AtomicFiles.writeString(folder.resolve("index.html"), page != null ? page : HtmlReport.failurePage(problems));
        return report;
    }

    /** The part {@code compute} makes, or {@code fallback} with a problem saying why, whatever it threw. */
    private static <T> T part(String name, List<String> problems, T fallback, Callable<T> compute) {
        try {
            return compute.call();
        } catch (Throwable thrown) {
            problems.add(BoundedText.cap(name + " could not be computed: " + thrown, BoundedText.FIELD));
            return fallback;
        }
    }
}
