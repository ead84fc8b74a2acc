package course.grader.classreport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import course.grader.catalog.ExerciseCatalog;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.report.Grade;
import course.grader.testing.SourceTree;
import de.jplag.JPlagResult;
import de.jplag.options.JPlagOptions;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The class report and its CSV are written whatever a part of them throws: a similarity step that
 * overflows its stack or runs out of memory, a student's row that breaks the ranking of failed
 * checks. The part is left empty and the report says which and why.
 */
class ClassReportWriterTest {

    private static final List<ExerciseDescriptor> EVENT = ExerciseCatalog.load().select("event");
    private static final Path SOLUTIONS = SourceTree.KIT_ROOT.resolve("solutions/src/main/java");

    @TempDir
    Path temp;

    @Test
    void aSimilarityStepThatOverflowsItsStackCostsOnlyThatStep() throws IOException {
        assertWrittenDespite(StackOverflowError::new, "StackOverflowError");
    }

    @Test
    void aSimilarityStepThatRunsOutOfMemoryCostsOnlyThatStep() throws IOException {
        assertWrittenDespite(() -> new OutOfMemoryError("Java heap space"), "OutOfMemoryError");
    }

    private void assertWrittenDespite(Supplier<Error> error, String named) throws IOException {
        Path folder = temp.resolve(named);
        List<StudentRow> students = new ArrayList<>(SampleClass.of(12).students());
        students.add(new StudentRow("broken-grade", SubmissionStatus.GRADED, false, 0, null, 0, 9, Map.of(),
                new Grade("broken-grade", 0, 9, "2026-11-22T10:00:00Z", "25", null, List.of(), null)));
        GradedSources solution = GradedSources.read(SOLUTIONS, EVENT);
        SimilarityFinder throwing = new SimilarityFinder(Map.of("alice", solution, "bob", solution), Optional.empty(),
                0.5, 10, new SimilarityFinder.Engine() {
                    @Override
                    public JPlagResult compare(JPlagOptions options) {
                        throw error.get();
                    }

                    @Override
                    public void parse(Set<File> files) {
                        throw error.get();
                    }
                });

        ClassReport report = ClassReportWriter.write(folder, EVENT, students, throwing,
                new PrintStream(PrintStream.nullOutputStream()));

        String csv = Files.readString(folder.resolve("class.csv"));
        assertEquals(students.size() + 1, csv.split("\r\n").length, csv);
        assertTrue(csv.contains("broken-grade"), csv);
        JsonNode json = new ObjectMapper().readTree(folder.resolve("class.json").toFile());
        assertEquals(students.size(), json.get("students").size());
        List<String> problems = report.problems();
        assertTrue(problems.stream().anyMatch(problem -> problem.contains("similarity of event") && problem.contains(named)),
                problems::toString);
        assertTrue(problems.stream().anyMatch(problem -> problem.contains("ranking of failed checks")), problems::toString);
        assertEquals(problems.size(), json.get("problems").size());
        String page = Files.readString(folder.resolve("index.html"));
        assertTrue(page.contains("similarity of event not computed: " + named), "the page does not say what is missing");
    }

    @Test
    void thePageWrittenWhenTheReportCannotBeRenderedShowsTheReasonsAsText() {
        String page = HtmlReport.failurePage(List.of("<script>alert(1)</script> & <!-- \"quoted\" 'single'"));
        assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;!-- &quot;quoted&quot; &#39;single&#39;"), page);
        assertEquals(1, page.split("<meta http-equiv", -1).length - 1);
    }

    @Test
    void theDataInThePageCannotEndItsScriptNorOpenAComment() {
        String json = HtmlReport.scriptSafeJson(Map.of("note", "</script><!--<script>x</script>-->&amp;\u2028"));
        assertTrue(json.chars().noneMatch(c -> c == '<' || c == '>' || c == '&' || c == '\u2028'), json);
    }
}
