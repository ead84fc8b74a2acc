package course.grader.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The copy of a submission's source folder that is graded: regular files only, each and all of them
 * size-capped, made the same way whichever command grades and whatever folder it runs from. Links
 * are never followed (a link to the teacher's solution stays a link, and is left out), so what is
 * compiled is what the student handed in.
 *
 * @param root    the copy
 * @param leftOut what was not copied, one line each: the relative path and why
 */
public record SubmissionCopy(Path root, List<String> leftOut) {

    /** Larger than any exercise's source file by far. */
    static final long MAX_FILE_BYTES = 1 << 20;
    /** A submission holds a few dozen files; many more is not a submission. */
    static final int MAX_FILES = 2_000;
    static final long MAX_TOTAL_BYTES = 32L << 20;

    /** Copies the regular files under {@code from} into the new folder {@code to}. */
    public static SubmissionCopy make(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        List<String> leftOut = new ArrayList<>();
        long[] copied = {0, 0};
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path directory, BasicFileAttributes attributes) throws IOException {
                Files.createDirectories(to.resolve(from.relativize(directory).toString()));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                String relative = from.relativize(file).toString();
                if (!attributes.isRegularFile()) {
                    leftOut.add(relative + ": " + (attributes.isSymbolicLink() ? "a link" : "not a regular file"));
                } else if (attributes.size() > MAX_FILE_BYTES) {
                    leftOut.add(relative + ": larger than " + (MAX_FILE_BYTES >> 10) + " KB");
                } else if (copied[0] >= MAX_FILES || copied[1] + attributes.size() > MAX_TOTAL_BYTES) {
                    leftOut.add(relative + ": past the submission's bound of " + MAX_FILES + " files or "
                            + (MAX_TOTAL_BYTES >> 20) + " MB");
                } else {
                    Files.copy(file, to.resolve(relative), LinkOption.NOFOLLOW_LINKS);
                    copied[0]++;
                    copied[1] += attributes.size();
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException unreadable) {
                leftOut.add(from.relativize(file) + ": unreadable");
                return FileVisitResult.CONTINUE;
            }
        });
        return new SubmissionCopy(to, List.copyOf(leftOut));
    }
}
