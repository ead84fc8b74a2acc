package course.grader.selfcheck;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import course.grader.testing.SourceTree;

/** Finds every implementation the self-check grades, for the exercises of the kit. */
public final class Implementations {

    private final Path kitRoot;

    public Implementations(Path kitRoot) {
        this.kitRoot = kitRoot;
    }

    /** Reference, skeleton, then every alternative and mutant of the exercise. */
    public List<Implementation> of(String exercise) throws IOException {
        Path solutions = kitRoot.resolve("solutions/src/main/java");
        Path exercises = kitRoot.resolve("exercises/src/main/java");
        List<Implementation> all = new ArrayList<>();
        all.add(new Implementation(exercise, "reference", Implementation.Kind.REFERENCE,
                "the reference solution", solutions, null, Set.of(), Map.of()));
        all.add(new Implementation(exercise, "skeleton", Implementation.Kind.SKELETON,
                "the skeleton a student starts from", exercises, null, Set.of(), Map.of()));
        Path folder = kitRoot.resolve("grader/src/test/implementations").resolve(exercise);
        if (Files.isDirectory(folder)) {
            try (Stream<Path> children = Files.list(folder)) {
                for (Path child : children.filter(Files::isDirectory).sorted().toList()) {
                    all.add(Implementation.fromFolder(exercise, child, solutions));
                }
            }
        }
        return all;
    }

    /** Copies the implementation's sources into {@code target}: its base, then its overlay on top. */
    Path materialize(Implementation implementation, Path target) throws IOException {
        SourceTree.copyJava(implementation.sources(), target);
        if (implementation.overlay() != null) {
            SourceTree.copyJava(implementation.overlay(), target);
        }
        return target;
    }
}
