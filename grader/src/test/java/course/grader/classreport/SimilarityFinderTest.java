package course.grader.classreport;

import course.grader.catalog.ExerciseCatalog;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.testing.SourceTree;
import de.jplag.JPlagResult;
import de.jplag.exceptions.ExitException;
import de.jplag.options.JPlagOptions;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
    private static final List<ExerciseDescriptor> EVENT = ExerciseCatalog.load().select("event");

    @Test
    void aRenamedCopyIsFoundAndTheSkeletonIsNotCounted(@TempDir Path work) throws IOException {
        Path original = copy(SOLUTIONS, work.resolve("original"));
        Path renamed = copy(SOLUTIONS, work.resolve("renamed"));
        Path renamedEvent = renamed.resolve("course/event/Event.java");
        Files.writeString(renamedEvent, Files.readString(renamedEvent).replace("generation", "round").replace("lock", "guard"));
        Map<String, GradedSources> students = Map.of(
                "original", read(original), "renamed", read(renamed),
                "untouched-1", read(copy(SKELETON, work.resolve("untouched-1"))),
                "untouched-2", read(copy(SKELETON, work.resolve("untouched-2"))));

        SimilarityFinder.Found found = new SimilarityFinder(students, Optional.of(SKELETON), 0.5, 10,
                SimilarityFinder.JPLAG).find(EVENT);
        List<SimilarPair> pairs = found.pairs();
        Map<String, Map<String, Map<String, String>>> sources = found.sources();

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
        assertEquals(List.of(), found.problems());
    }

    /**
     * A submission whose sources break JPlag's parser (a long constant expression overflows its stack)
     * costs only its own pairs: it is left out and named, and the others are still compared.
     */
    @Test
    void aSubmissionThatBreaksTheParserIsLeftOutAndTheOthersAreCompared(@TempDir Path work) throws IOException {
        Path original = copy(SOLUTIONS, work.resolve("original"));
        Map<String, GradedSources> students = Map.of(
                "original", read(original), "copy", read(copy(SOLUTIONS, work.resolve("copy"))),
                "breaks-parser", read(copy(SOLUTIONS, work.resolve("breaks-parser"))));
        SimilarityFinder.Engine overflowsOnOne = new SimilarityFinder.Engine() {
            @Override
            public JPlagResult compare(JPlagOptions options) throws ExitException {
                if (staged(options).contains("breaks-parser")) {
                    throw new StackOverflowError();
                }
                return SimilarityFinder.JPLAG.compare(options);
            }

            @Override
            public void parse(Set<File> files) {
                if (files.stream().anyMatch(file -> file.getPath().contains("breaks-parser"))) {
                    throw new StackOverflowError();
                }
            }
        };

        SimilarityFinder.Found found = new SimilarityFinder(students, Optional.empty(), 0.5, 10, overflowsOnOne).find(EVENT);

        assertEquals(1, found.pairs().size(), found::toString);
        assertEquals(List.of("copy", "original"),
                List.of(found.pairs().getFirst().first(), found.pairs().getFirst().second()).stream().sorted().toList());
        assertEquals(1, found.problems().size(), found::toString);
        assertTrue(found.problems().getFirst().contains("breaks-parser"), found::toString);
        assertTrue(found.problems().getFirst().contains("StackOverflowError"), found::toString);
    }

    private static Set<String> staged(JPlagOptions options) {
        return options.submissionDirectories().stream()
                .flatMap(folder -> Stream.of(Objects.requireNonNull(folder.list())))
                .collect(Collectors.toSet());
    }

    private static GradedSources read(Path sourceRoot) throws IOException {
        return GradedSources.read(sourceRoot, EVENT);
    }

    private static Path copy(Path sourceRoot, Path to) throws IOException {
        SourceTree.copyJava(sourceRoot.resolve("course/event"), to.resolve("course/event"));
        return to;
    }
}
