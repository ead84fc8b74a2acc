package course.grader.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Builds submissions for tests: Java source trees copied from the kit and overlaid. */
public final class SourceTree {

    /** The kit's root folder, as Surefire passes it. */
    public static final Path KIT_ROOT = Path.of(System.getProperty("kit.root", "..")).toAbsolutePath().normalize();

    private SourceTree() {
    }

    /** Copies every {@code .java} file under {@code from} to the same place under {@code to}, replacing what is there. */
    public static void copyJava(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Path destination = to.resolve(from.relativize(file).toString());
                Files.createDirectories(destination.getParent());
                Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }
}
