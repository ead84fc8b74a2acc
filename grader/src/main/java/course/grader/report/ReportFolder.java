package course.grader.report;

import course.grader.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A folder the grader writes reports into, and only such a folder: one it creates, an empty one,
 * or one it made before, which it knows by the mark file {@value #MARK} (or, for a folder an older
 * grader wrote, by holding nothing but the reports' own files). It refuses any other
 * folder that exists (a mistyped {@code --out=.} or {@code --out=src} would otherwise get report
 * files mixed into, or written over, the teacher's own), a folder that is a symbolic link, and a
 * folder holding a symbolic link, so that nothing it writes lands outside the folder.
 *
 * <p>Grading again into the same folder is what a teacher and {@code mvn verify} expect, so a folder
 * with the mark is the grader's own: each report in it is replaced (files of other tools next to
 * them, such as the kit's self-check results, are left as they are).
 */
public final class ReportFolder {

    /** The mark of a folder the grader made. */
    public static final String MARK = ".grader-reports";
    private static final int ENTRIES_NAMED = 3;

    private ReportFolder() {
    }

    /**
     * Why the grader would refuse to write reports into {@code folder}, if it would. Creates nothing.
     *
     * @param reports the names of the files (and folders) the grader writes there
     */
    public static Optional<String> refusal(Path folder, Set<String> reports) throws IOException {
        if (Files.isSymbolicLink(folder)) {
            return Optional.of(folder + " is a symbolic link; the grader writes reports only into a real folder");
        }
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of(folder + " exists and is not a folder");
        }
        List<Path> entries;
        try (Stream<Path> listed = Files.list(folder)) {
            entries = listed.sorted().toList();
        }
        Optional<Path> link = entries.stream().filter(Files::isSymbolicLink).findFirst();
        if (link.isPresent()) {
            return Optional.of(folder + " holds a symbolic link, " + link.get().getFileName()
                    + "; the grader never writes through links: give --out a new folder");
        }
        if (Files.isRegularFile(folder.resolve(MARK), LinkOption.NOFOLLOW_LINKS)
                || entries.stream().allMatch(entry -> reports.contains(entry.getFileName().toString()))) {
            return Optional.empty();
        }
        List<String> named = entries.stream().limit(ENTRIES_NAMED).map(entry -> entry.getFileName().toString()).toList();
        return Optional.of(folder + " already exists and was not made by the grader (it holds "
                + String.join(", ", named) + (entries.size() > ENTRIES_NAMED ? ", …" : "")
                + "); give --out a folder that does not exist yet, or empty this one"
                + " (mvn clean, for the build's own folder)");
    }

    /**
     * {@code folder}, created if absent and marked as the grader's.
     *
     * @param reports the names of the files (and folders) the grader writes there
     * @throws IOException when the grader would not write into it ({@link #refusal})
     */
    public static Path claim(Path folder, Set<String> reports) throws IOException {
        Optional<String> refused = refusal(folder, reports);
        if (refused.isPresent()) {
            throw new IOException(refused.get());
        }
        Files.createDirectories(folder);
        Path mark = folder.resolve(MARK);
        if (!Files.exists(mark, LinkOption.NOFOLLOW_LINKS)) {
            AtomicFiles.writeString(mark, "Reports written by the course grader, which replaces them when it grades "
                    + "into this folder again.\n");
        }
        return folder;
    }
}
