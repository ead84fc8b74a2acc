package course.grader.batch;

import course.grader.classreport.SubmissionStatus;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.classreport.StudentRow;
import course.grader.compile.SubmissionCompiler;
import course.grader.io.FileTrees;
import course.grader.report.Grade;
import course.grader.report.GradeLine;
import course.grader.report.ReportWriter;
import course.grader.supervisor.JvmSettings;
import course.grader.process.ProcessTree;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * Grades one submission of a class in a process of its own, inside the machine's containment and
 * under a time bound for the whole submission: at the bound the process is killed together with
 * every process it started (checking JVMs and whatever student code started in them). The grading
 * process hands its grade back on its standard output; the submission's reports are written here,
 * from that grade, once every process of the submission is gone. Whatever happens, the submission
 * ends as a {@link StudentRow} in the store.
 */
final class IsolatedGrading {

    private static final String GRADING_HEAP = "256m";
    private static final long MAX_SOURCE_BYTES = 1 << 20;
    private static final int LOG_LINES_IN_NOTE = 15;
    /** A grade.json is tens of KB; a grading process that writes more than this is not giving a grade. */
    private static final int MAX_GRADE_BYTES = 16 << 20;
    private static final long OUTPUT_WAIT_SECONDS = 5;

    private final JvmSettings jvm;
    private final ResultStore store;
    private final List<ExerciseDescriptor> exercises;
    private final Duration timeout;
    private final Path workRoot;
    private final Set<ProcessTree> running = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;

    IsolatedGrading(JvmSettings jvm, ResultStore store, List<ExerciseDescriptor> exercises, Duration timeout, Path workRoot) {
        this.jvm = jvm;
        this.store = store;
        this.exercises = List.copyOf(exercises);
        this.timeout = timeout;
        this.workRoot = workRoot;
    }

    /** Grades {@code submission}, saves its row in the store and returns it. */
    StudentRow grade(Submission submission) throws IOException, InterruptedException {
        Path folder = store.clear(submission.name());
        Path work = Files.createTempDirectory(workRoot, "submission-");
        long start = System.nanoTime();
        try {
            FileTrees.copy(SubmissionCompiler.sourceRoot(submission.folder()),
                    store.sources(submission.name()), this::isGradedSource);
            StudentRow row = run(submission, work, folder, start);
            store.save(row);
            return row;
        } finally {
            FileTrees.delete(work);
        }
    }

    /** Kills every grading in progress and starts no more (the teacher interrupted the run). */
    void stop() {
        stopped = true;
        running.forEach(ProcessTree::kill);
    }

    private StudentRow run(Submission submission, Path work, Path folder, long start)
            throws IOException, InterruptedException {
        Path log = folder.resolve("grading.log");
        Process process = new ProcessBuilder(command(submission, work))
                .redirectError(log.toFile())
                .start();
        ProcessTree tree = ProcessTree.watch(process, "grading-" + submission.name(), ProcessTree.Limits.NONE);
        running.add(tree);
        // A thread of its own per grading: on the common pool (one thread on a 2-core machine) a grading
        // that hangs would keep every other grading's output unread until its time-out.
        CompletableFuture<byte[]> output = CompletableFuture.supplyAsync(() -> readBounded(process.getInputStream()),
                task -> Thread.ofPlatform().daemon().name("output-of-" + submission.name()).start(task));
        try {
            if (stopped) {
                throw new InterruptedException("the class grading was stopped");
            }
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
            int killed = tree.kill();
            if (!finished) {
                return unfinished(submission, SubmissionStatus.TIMED_OUT, took, timedOutNote(killed));
            }
            Optional<Grade> grade = process.exitValue() > 1 ? Optional.empty() : gradeIn(output);
            if (grade.isEmpty()) {
                return unfinished(submission, SubmissionStatus.CRASHED, took, crashNote(process.exitValue(), log));
            }
            ReportWriter.write(grade.get(), folder.resolve("grade"));
            return StudentRow.of(submission.name(), submission.reference(), took, grade.get());
        } finally {
            tree.kill();
            running.remove(tree);
        }
    }

    private List<String> command(Submission submission, Path work) throws IOException {
        Path temp = Files.createDirectories(work.resolve("tmp"));
        List<String> arguments = new ArrayList<>(List.of(
                "grade", submission.folder().toString(),
                "--name=" + submission.name(),
                "--print-grade-json",
                // Submissions are graded --jobs at a time; each grades its exercises one at a time.
                "--parallel=1",
                "--exercise=" + exercises.stream().map(ExerciseDescriptor::id).collect(Collectors.joining(","))));
        if (!jvm.containment().contained()) {
            // The class grading was allowed to run uncontained, or it would not have started.
            arguments.add("--allow-uncontained");
        }
        return jvm.graderCommand(GRADING_HEAP, temp, arguments);
    }

    /** The grade the grading process printed, if it printed one. */
    private static Optional<Grade> gradeIn(CompletableFuture<byte[]> output) throws InterruptedException {
        try {
            String printed = new String(output.get(OUTPUT_WAIT_SECONDS, TimeUnit.SECONDS), StandardCharsets.UTF_8);
            return GradeLine.find(printed);
        } catch (ExecutionException | TimeoutException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static byte[] readBounded(InputStream stdout) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try (stdout) {
            for (int read = stdout.read(buffer); read >= 0; read = stdout.read(buffer)) {
                kept.write(buffer, 0, Math.min(read, Math.max(0, MAX_GRADE_BYTES - kept.size())));
            }
        } catch (IOException processGone) {
            // What was read so far is all there is.
        }
        return kept.toByteArray();
    }

    private StudentRow unfinished(Submission submission, SubmissionStatus status, long took, String note) {
        return StudentRow.unfinished(submission.name(), submission.reference(), status, took, note, exercises);
    }

    private String timedOutNote(int killedProcesses) {
        return "The grading of this submission was stopped at its bound of " + timeout.toMinutes()
                + " min and its " + killedProcesses + " process(es) were killed, so every exercise scores 0. "
                + "Each check has a time limit of its own, so this means the submission kept the grader busy "
                + "in a way those limits do not cover; grading.log shows how far it got.";
    }

    private static String crashNote(int exitCode, Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        List<String> tail = lines.subList(Math.max(0, lines.size() - LOG_LINES_IN_NOTE), lines.size());
        return "The grading process ended with exit code " + exitCode + " before writing a grade, so every "
                + "exercise scores 0. Its last lines:\n" + String.join("\n", tail);
    }

    private boolean isGradedSource(Path file) {
        String path = file.toString().replace(File.separatorChar, '/');
        return isSmallJavaFile(file) && exercises.stream()
                .anyMatch(exercise -> path.contains("/" + exercise.packageName().replace('.', '/') + "/"));
    }

    private static boolean isSmallJavaFile(Path file) {
        try {
            return file.toString().endsWith(".java") && Files.size(file) <= MAX_SOURCE_BYTES;
        } catch (IOException unreadable) {
            return false;
        }
    }
}
