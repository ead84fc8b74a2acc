package course.grader.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Java files uploaded as they came (Gradescope hands over whatever the student dragged in: flat,
 * or in folders of their own), put where the kit's layout expects them: each into
 * {@code exercises/src/main/java/<its package as a path>/}, the package read from its
 * {@code package} declaration. Then the grader grades the result as any submission, so that a file
 * that does not compile counts against the exercise whose package it declares.
 *
 * <p>Only regular {@code .java} files, never through a link, within {@link SubmissionCopy}'s
 * bounds; a file without a package declaration, a second file of the same name and package, and
 * everything else are left out and listed.
 *
 * @param placed  where each file went, as {@code upload path → submission path}
 * @param leftOut the files not placed, each with why
 */
public record FlatUpload(List<String> placed, List<String> leftOut) {

    /** Where the kit's layout keeps the exercises' sources. */
    static final Path SOURCE_ROOT = Path.of("exercises", "src", "main", "java");

    private static final Pattern COMMENTS = Pattern.compile("(?s)/\\*.*?\\*/|//[^\\n]*");
    private static final Pattern PACKAGE = Pattern.compile(
            "\\A\\s*(?:@\\w+(?:\\([^)]*\\))?\\s*)*package\\s+([\\p{L}_$][\\p{L}\\p{N}_$]*(?:\\s*\\.\\s*[\\p{L}_$][\\p{L}\\p{N}_$]*)*)\\s*;");

    public FlatUpload {
        placed = List.copyOf(placed);
        leftOut = List.copyOf(leftOut);
    }

    /** Places the Java files of {@code upload} into the new folder {@code submission}. */
    public static FlatUpload arrange(Path upload, Path submission) throws IOException {
        if (Files.exists(submission, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(submission + " exists already: arrange into a new folder");
        }
        List<String> placed = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        Set<Path> taken = new HashSet<>();
        long total = 0;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(upload)) {
            files = walk.filter(path -> !path.equals(upload)).sorted(Comparator.comparing(Path::toString)).toList();
        }
        Files.createDirectories(submission.resolve(SOURCE_ROOT));
        for (Path file : files) {
            String name = upload.relativize(file).toString();
            if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Optional<String> refusal = refusal(file, placed.size(), total);
            if (refusal.isPresent()) {
                leftOut.add(name + " (" + refusal.get() + ")");
                continue;
            }
            // Decoded leniently: a file that is not UTF-8 is still placed, and javac then says what is wrong with it.
            Optional<String> packageName = packageOf(new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            if (packageName.isEmpty()) {
                leftOut.add(name + " (no package declaration: the grader cannot tell which exercise it belongs to)");
                continue;
            }
            Path destination = SOURCE_ROOT.resolve(packageName.get().replace('.', '/')).resolve(file.getFileName().toString());
            if (!taken.add(destination)) {
                leftOut.add(name + " (another file of the same name and package came first)");
                continue;
            }
            Files.createDirectories(submission.resolve(destination).getParent());
            Files.copy(file, submission.resolve(destination));
            total += Files.size(file);
            placed.add(name + " → " + destination);
        }
        return new FlatUpload(placed, leftOut);
    }

    private static Optional<String> refusal(Path file, int placedSoFar, long bytesSoFar) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("not a regular file");
        }
        if (!file.getFileName().toString().endsWith(".java")) {
            return Optional.of("not a .java file");
        }
        long size = Files.size(file);
        if (size > SubmissionCopy.MAX_FILE_BYTES) {
            return Optional.of("larger than " + (SubmissionCopy.MAX_FILE_BYTES >> 10) + " KB");
        }
        if (placedSoFar >= SubmissionCopy.MAX_FILES || bytesSoFar + size > SubmissionCopy.MAX_TOTAL_BYTES) {
            return Optional.of("beyond what one submission may hold");
        }
        return Optional.empty();
    }

    /** The package {@code source} declares, comments and annotations before it skipped; empty when none. */
    static Optional<String> packageOf(String source) {
        Matcher declaration = PACKAGE.matcher(COMMENTS.matcher(source).replaceAll(" "));
        return declaration.find() ? Optional.of(declaration.group(1).replaceAll("\\s+", "")) : Optional.empty();
    }
}
