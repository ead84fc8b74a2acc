package course.grader.batch;

import course.grader.classreport.StudentRow;
import course.grader.io.FileTrees;
import course.grader.report.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The graded submissions of a class, one folder each under {@code submissions/}:
 * <pre>
 * submissions/&lt;name&gt;/result.json   the row of the class report, written last: its presence means done
 * submissions/&lt;name&gt;/grade/        the submission's own reports (grade.json, grade.md… to hand back)
 * submissions/&lt;name&gt;/grading.log   what the grading process printed
 * submissions/&lt;name&gt;/sources/      the exercise sources that were graded, for the similarity check
 * </pre>
 * A run that is interrupted leaves no {@code result.json} for the submissions in progress, so the
 * next run grades exactly those again.
 */
public final class ResultStore {

    private static final String RESULT = "result.json";

    private final Path submissions;

    public ResultStore(Path outputFolder) {
        this.submissions = outputFolder.resolve("submissions");
    }

    public Path folder(String name) {
        return submissions.resolve(name);
    }

    public Path sources(String name) {
        return folder(name).resolve("sources");
    }

    public boolean isDone(String name) {
        return Files.isRegularFile(folder(name).resolve(RESULT));
    }

    /** Starts a submission afresh: anything an interrupted run left of it is removed. */
    public Path clear(String name) throws IOException {
        Path folder = folder(name);
        Files.createDirectories(folder);
        try (Stream<Path> leftovers = Files.list(folder)) {
            for (Path leftover : leftovers.toList()) {
                FileTrees.delete(leftover);
            }
        }
        return folder;
    }

    /** Records a submission as done, atomically ({@link Json#write}). */
    public void save(StudentRow row) throws IOException {
        Json.write(folder(row.name()).resolve(RESULT), row);
    }

    /** Every finished submission, by name. */
    public List<StudentRow> loadAll() throws IOException {
        if (!Files.isDirectory(submissions)) {
            return List.of();
        }
        List<StudentRow> rows = new ArrayList<>();
        try (Stream<Path> folders = Files.list(submissions)) {
            for (Path folder : folders.sorted().toList()) {
                Path result = folder.resolve(RESULT);
                if (Files.isRegularFile(result)) {
                    rows.add(Json.read(result, StudentRow.class));
                }
            }
        }
        rows.sort(Comparator.comparing(StudentRow::name));
        return rows;
    }

    /** Copies every finished submission of {@code other} into this store (merging shards). */
    public void addAll(ResultStore other) throws IOException {
        for (StudentRow row : other.loadAll()) {
            Path target = folder(row.name());
            if (!target.equals(other.folder(row.name()))) {
                FileTrees.delete(target);
                FileTrees.copy(other.folder(row.name()), target, path -> true);
            }
        }
    }
}
