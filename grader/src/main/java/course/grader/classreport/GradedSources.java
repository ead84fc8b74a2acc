package course.grader.classreport;

import course.grader.catalog.ExerciseDescriptor;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * One submission's graded sources in memory: exercise id → file (relative to the exercise's package
 * folder) → text. The class report reads them once, before any of the class's code runs, and never
 * again from disk, where code a submission started could have changed them since.
 */
public record GradedSources(Map<String, Map<String, String>> byExercise) {

    /** Larger files are not a student's exercise source; the grading's own copy leaves them out as well. */
    static final long MAX_FILE_BYTES = 1 << 20;

    public GradedSources {
        Map<String, Map<String, String>> copy = new TreeMap<>();
        byExercise.forEach((exercise, files) -> copy.put(exercise, Map.copyOf(files)));
        byExercise = Map.copyOf(copy);
    }

    /** The regular {@code .java} files (not links, at most {@value #MAX_FILE_BYTES} bytes) of each exercise's package. */
    public static GradedSources read(Path sourceRoot, List<ExerciseDescriptor> exercises) throws IOException {
        Map<String, Map<String, String>> byExercise = new TreeMap<>();
        for (ExerciseDescriptor exercise : exercises) {
            Path folder = sourceRoot.resolve(exercise.packageName().replace('.', File.separatorChar));
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path file : paths.filter(GradedSources::isSource).sorted().toList()) {
                    files.put(folder.relativize(file).toString().replace(File.separatorChar, '/'),
                            new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
                }
            }
            if (!files.isEmpty()) {
                byExercise.put(exercise.id(), files);
            }
        }
        return new GradedSources(byExercise);
    }

    /** The files of one exercise, empty if the submission has none. */
    public Map<String, String> of(String exerciseId) {
        return byExercise.getOrDefault(exerciseId, Map.of());
    }

    private static boolean isSource(Path file) {
        try {
            return file.toString().endsWith(".java") && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                    && Files.size(file) <= MAX_FILE_BYTES;
        } catch (IOException unreadable) {
            return false;
        }
    }
}
