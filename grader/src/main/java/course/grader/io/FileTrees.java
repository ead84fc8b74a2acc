package course.grader.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copying and deleting folders of files; links are never followed, so a submission cannot point outside itself. */
public final class FileTrees {

    private FileTrees() {
    }

    /** Copies the regular files under {@code from} that {@code wanted} accepts, keeping their relative paths. */
    public static void copy(Path from, Path to, Predicate<Path> wanted) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)).filter(wanted).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    /** Makes {@code folder} an empty folder: creates it, or deletes what it holds. */
    public static void clear(Path folder) throws IOException {
        delete(folder);
        Files.createDirectories(folder);
    }

    public static void delete(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
