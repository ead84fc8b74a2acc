package course.grader.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One student's submission in a class folder.
 *
 * @param name      the student, as the folder is named
 * @param folder    a copy of the student's repository, or of its {@code exercises} folder
 * @param reference true for the kit's reference solution, graded as a row to compare against
 */
public record Submission(String name, Path folder, boolean reference) {

    /** The name the reference solution's row gets; no student folder of the class may take it. */
    public static final String REFERENCE_NAME = "_reference";

    /** Every sub-folder of {@code classFolder} but hidden ones, by name. */
    public static List<Submission> discover(Path classFolder) throws IOException {
        try (Stream<Path> children = Files.list(classFolder)) {
            return children
                    .filter(Files::isDirectory)
                    .filter(folder -> !folder.getFileName().toString().startsWith("."))
                    .filter(folder -> !folder.getFileName().toString().equals(REFERENCE_NAME))
                    .sorted(Comparator.comparing(folder -> folder.getFileName().toString()))
                    .map(folder -> new Submission(folder.getFileName().toString(), folder, false))
                    .toList();
        }
    }

    /** The kit's reference solutions ({@code solutions/} of the kit) as a row. */
    public static Submission referenceIn(Path kit) {
        Path solutions = kit.resolve("solutions");
        if (!Files.isDirectory(solutions)) {
            throw new IllegalArgumentException("no reference solutions at " + solutions
                    + "; run from the kit's folder or give --kit=<folder>");
        }
        return new Submission(REFERENCE_NAME, solutions, true);
    }
}
