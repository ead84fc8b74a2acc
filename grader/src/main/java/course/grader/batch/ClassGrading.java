package course.grader.batch;

import course.grader.classreport.SubmissionStatus;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.classreport.ClassReport;
import course.grader.classreport.ClassReportWriter;
import course.grader.classreport.GradedSources;
import course.grader.classreport.StudentRow;
import course.grader.compile.SubmissionCompiler;
import course.grader.io.FileTrees;
import course.grader.report.ReportFolder;
import course.grader.supervisor.JvmSettings;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Grades a whole class: every submission in isolation ({@link IsolatedGrading}), several at a
 * time, skipping those a previous run finished, then writes the class report.
 *
 * <p>The report is made from memory only: the rows of earlier runs and the graded sources of every
 * submission are read before the first submission's code runs, and each new row is the one its
 * grading returned. Nothing a submission's code could have written since is read back.
 */
public final class ClassGrading {

    /**
     * @param classFolder      one sub-folder per student
     * @param outputFolder     where the results of each submission and the class report go
     * @param jobs             how many submissions are graded at the same time
     * @param timeout          the bound for grading one whole submission
     * @param includeReference grade the kit's reference solutions as one more row
     * @param kit              the kit's folder: its {@code solutions} are the reference, its {@code exercises} the skeleton
     */
    public record Options(Path classFolder, Path outputFolder, List<ExerciseDescriptor> exercises, int jobs,
                          Shard shard, Duration timeout, boolean includeReference, Path kit) {
    }

    private final Options options;
    private final JvmSettings jvm;
    private final PrintStream out;

    public ClassGrading(Options options, JvmSettings jvm, PrintStream out) {
        this.options = options;
        this.jvm = jvm;
        this.out = out;
    }

    /** Grades what is missing, then writes the report over every graded submission in the output folder. */
    public ClassReport run() throws IOException, InterruptedException {
        ReportFolder.claim(options.outputFolder(), ClassReportWriter.REPORTS);
        ResultStore store = new ResultStore(options.outputFolder());
        List<Submission> shard = options.shard().of(submissions());
        List<Submission> missing = shard.stream().filter(submission -> !store.isDone(submission.name())).toList();
        Map<String, StudentRow> rows = new TreeMap<>();
        Map<String, GradedSources> sources = new TreeMap<>();
        for (StudentRow done : store.loadAll()) {
            rows.put(done.name(), done);
            sources.put(done.name(), GradedSources.read(store.sources(done.name()), options.exercises()));
        }
        for (Submission submission : missing) {
            sources.put(submission.name(),
                    GradedSources.read(SubmissionCompiler.sourceRoot(submission.folder()), options.exercises()));
        }
        out.printf("Grading %d submission(s)%s: %d already graded, %d to go, %d at a time, at most %d min each.%n",
                shard.size(), options.shard().equals(Shard.WHOLE_CLASS) ? "" : " (shard " + options.shard() + ")",
                shard.size() - missing.size(), missing.size(), options.jobs(), options.timeout().toMinutes());
        gradeAll(missing, store).forEach(row -> rows.put(row.name(), row));
        sources.keySet().retainAll(rows.keySet());
        return writeReport(options.outputFolder(), options.exercises(), options.kit(), List.copyOf(rows.values()),
                sources, out);
    }

    /** Writes the report of every submission in {@code store} (merging shards ends here: no grading runs then). */
    public static ClassReport writeReport(Path folder, List<ExerciseDescriptor> exercises, Path kit, ResultStore store,
                                          PrintStream out) throws IOException {
        ReportFolder.claim(folder, ClassReportWriter.REPORTS);
        List<StudentRow> rows = store.loadAll();
        Map<String, GradedSources> sources = new TreeMap<>();
        for (StudentRow row : rows) {
            sources.put(row.name(), GradedSources.read(store.sources(row.name()), exercises));
        }
        return writeReport(folder, exercises, kit, rows, sources, out);
    }

    private static ClassReport writeReport(Path folder, List<ExerciseDescriptor> exercises, Path kit,
                                           List<StudentRow> rows, Map<String, GradedSources> sources, PrintStream out)
            throws IOException {
        Optional<Path> skeleton = Optional.of(kit.resolve("exercises/src/main/java")).filter(Files::isDirectory);
        ClassReport report = ClassReportWriter.write(folder, exercises, rows, sources, skeleton, out);
        out.println("Class report: " + folder.resolve("index.html") + " (also class.csv, class.json; "
                + "each student's own reports under submissions/<name>/grade)");
        return report;
    }

    private List<Submission> submissions() throws IOException {
        List<Submission> all = new ArrayList<>();
        if (options.includeReference()) {
            all.add(Submission.referenceIn(options.kit()));
        }
        all.addAll(Submission.discover(options.classFolder()));
        return all;
    }

    /** The rows of {@code submissions}, as their gradings returned them. */
    private List<StudentRow> gradeAll(List<Submission> submissions, ResultStore store) throws IOException, InterruptedException {
        Path work = Files.createTempDirectory("grade-class-");
        IsolatedGrading grading = new IsolatedGrading(jvm, store, options.exercises(), options.timeout(), work);
        Thread killOnInterrupt = new Thread(grading::stop, "grade-class-interrupted");
        Runtime.getRuntime().addShutdownHook(killOnInterrupt);
        Progress progress = new Progress(out, submissions.size());
        ExecutorService pool = Executors.newFixedThreadPool(options.jobs());
        try {
            List<Future<StudentRow>> gradings = new ArrayList<>();
            for (Submission submission : submissions) {
                gradings.add(pool.submit(() -> {
                    StudentRow row = gradeOne(grading, submission, store);
                    progress.finished(row);
                    return row;
                }));
            }
            List<StudentRow> rows = new ArrayList<>();
            for (Future<StudentRow> one : gradings) {
                try {
                    rows.add(one.get());
                } catch (ExecutionException e) {
                    throw new IOException("grading a submission failed unexpectedly", e.getCause());
                }
            }
            out.println(progress.summary());
            return rows;
        } finally {
            pool.shutdownNow();
            grading.stop();
            Runtime.getRuntime().removeShutdownHook(killOnInterrupt);
            FileTrees.delete(work);
        }
    }

    /**
     * Grades one submission; a failure of the grader itself, whatever it throws (an {@link OutOfMemoryError}
     * reading a huge grade, say), becomes that submission's crash, not the class's.
     */
    private StudentRow gradeOne(IsolatedGrading grading, Submission submission, ResultStore store)
            throws IOException, InterruptedException {
        try {
            return grading.grade(submission);
        } catch (InterruptedException stopped) {
            throw stopped;
        } catch (Throwable e) {
            StudentRow crashed = StudentRow.unfinished(submission.name(), submission.reference(), SubmissionStatus.CRASHED, 0,
                    "The grader could not grade this submission: " + e, options.exercises());
            store.save(crashed);
            return crashed;
        }
    }
}
