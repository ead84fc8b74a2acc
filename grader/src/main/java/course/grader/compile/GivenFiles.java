package course.grader.compile;

import course.grader.api.GivenSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The kit's copies of the exercises' given sources ({@link GivenSource}), written to a folder of
 * the grader's so that they are compiled in place of the student's. The gate exempts a given
 * class as the kit's code; a student who edited the launcher of child JVMs would otherwise run
 * their own code under that exemption. The copies come from the grader's resources, which its build
 * takes from the one copy in {@code exercises/src/main/java}.
 */
final class GivenFiles {

    private static final String RESOURCES = "/given/";
    /** What the report says of a given file the student changed. */
    static final String REPLACED = "a given file, changed; the kit's own copy was graded in its place"
            + " (given files are not yours to change)";

    /** Each given source's kit copy, by its path under a source root ({@code course/ipc/JavaLauncher.java}). */
    private final Map<Path, Path> copies;

    private GivenFiles(Map<Path, Path> copies) {
        this.copies = copies;
    }

    /** Writes the kit's copy of every given source under {@code folder}. */
    static GivenFiles write(Collection<GivenSource> sources, Path folder) throws IOException {
        Map<Path, Path> copies = new LinkedHashMap<>();
        for (GivenSource source : sources) {
            Path copy = folder.resolve(source.relativePath());
            Files.createDirectories(copy.getParent());
            Files.write(copy, kitCopy(source));
            copies.put(Path.of(source.relativePath()), copy);
        }
        return new GivenFiles(copies);
    }

    /** The kit's text of a given source, exactly as the skeleton has it. */
    static byte[] kitCopy(GivenSource source) throws IOException {
        try (InputStream in = GivenFiles.class.getResourceAsStream(RESOURCES + source.relativePath())) {
            if (in == null) {
                throw new IllegalStateException("the grader was built without its copy of " + source.relativePath()
                        + "; the grader's pom.xml lists the given sources to copy");
            }
            return in.readAllBytes();
        }
    }

    /** The kit's copy standing in for the file at {@code relative} under a source root, if that file is given. */
    Optional<Path> kitCopyOf(Path relative) {
        return Optional.ofNullable(copies.get(relative));
    }

    /** The kit's copies of the given sources of the exercise {@code id}. */
    List<Path> kitCopiesOf(String id) {
        Path folder = Path.of("course", id);
        return copies.entrySet().stream().filter(entry -> folder.equals(entry.getKey().getParent()))
                .map(Map.Entry::getValue).toList();
    }

    /**
     * Why the student's file at {@code relative} is reported: it differs from the kit's copy that
     * was compiled in its place. Line ends do not count: a checkout on Windows changes them.
     */
    Optional<String> replacement(Path studentFile, Path relative) throws IOException {
        Path copy = copies.get(relative);
        boolean same = lines(studentFile).equals(lines(copy));
        return same ? Optional.empty() : Optional.of(relative + ": " + REPLACED);
    }

    private static List<String> lines(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
    }
}
