package course.grader.classreport;

import course.grader.catalog.ExerciseCatalog;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.testing.SourceTree;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * JPlag through {@link SimilarityFinder}: a copy with renamed identifiers is found, with the lines
 * that match and both sources; two untouched skeletons are not a pair, because the skeleton is base code.
 */
class SimilarityFinderTest {

    private static final Path SOLUTIONS = SourceTree.KIT_ROOT.resolve("solutions/src/main/java");
    private static final Path SKELETON = SourceTree.KIT_ROOT.resolve("exercises/src/main/java");

    @Test
    void aRenamedCopyIsFoundAndTheSkeletonIsNotCounted(@TempDir Path work) throws IOException {
        Path original = copy(SOLUTIONS, work.resolve("original"));
        Path renamed = copy(SOLUTIONS, work.resolve("renamed"));
        Path renamedEvent = renamed.resolve("course/event/Event.java");
        Files.writeString(renamedEvent, Files.readString(renamedEvent).replace("generation", "round").replace("lock", "guard"));
        Map<String, Path> students = Map.of(
                "original", original, "renamed", renamed,
                "untouched-1", copy(SKELETON, work.resolve("untouched-1")),
                "untouched-2", copy(SKELETON, work.resolve("untouched-2")));
        List<ExerciseDescriptor> event = ExerciseCatalog.load().select("event");
        Map<String, Map<String, Map<String, String>>> sources = new TreeMap<>();

        List<SimilarPair> pairs = new SimilarityFinder(students, Optional.of(SKELETON), 0.5, 10,
                new PrintStream(PrintStream.nullOutputStream())).find(event, sources);

        assertEquals(1, pairs.size(), pairs::toString);
        SimilarPair pair = pairs.getFirst();
        assertEquals(List.of("original", "renamed"), List.of(pair.first(), pair.second()).stream().sorted().toList());
        assertTrue(pair.similarity() > 0.9, pair::toString);
        assertFalse(pair.matches().isEmpty());
        SimilarPair.MatchedLines match = pair.matches().getFirst();
        assertEquals("Event.java", match.firstFile());
        assertTrue(match.firstStart() > 0 && match.firstEnd() >= match.firstStart(), match::toString);
        assertTrue(sources.get("renamed").get("event").get("Event.java").contains("round"));
        assertEquals(List.of("original", "renamed"), List.copyOf(sources.keySet()));
    }

    private static Path copy(Path sourceRoot, Path to) throws IOException {
        SourceTree.copyJava(sourceRoot.resolve("course/event"), to.resolve("course/event"));
        return to;
    }
}
