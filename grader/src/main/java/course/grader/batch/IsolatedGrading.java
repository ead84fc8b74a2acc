package course.grader.batch;

import course.grader.catalog.ExerciseDescriptor;
import course.grader.classreport.StudentRow;
import course.grader.cli.Main;
import course.grader.compile.SubmissionCompiler;
import course.grader.io.FileTrees;
import course.grader.protocol.Json;
import course.grader.report.Grade;
import course.grader.supervisor.JvmSettings;
import course.grader.supervisor.ProcessTree;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Grades one submission of a class in a process of its own, on a temporary copy of its sources,
 * under a time bound for the whole submission: at the bound the process is killed together with
 * every process it started (checking JVMs and whatever student code started in them). Whatever
 * happens, the submission ends as a {@link StudentRow} in the store.
 */
final class IsolatedGrading {

    private static final String GRADING_HEAP = "256m";
    private static final long MAX_SOURCE_BYTES = 1 << 20;
    private static final int LOG_LINES_IN_NOTE = 15;

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
            Path copy = work.resolve("submission/exercises/src/main/java");
            Path sources = SubmissionCompiler.sourceRoot(submission.folder());
            FileTrees.copy(sources, copy, IsolatedGrading::isSmallJavaFile);
            FileTrees.copy(sources, store.sources(submission.name()), this::isGradedSource);
            StudentRow row = run(submission, command(submission, work, folder), folder, start);
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

    private StudentRow run(Submission submission, List<String> command, Path folder, long start)
            throws IOException, InterruptedException {
        Path log = folder.resolve("grading.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ProcessTree tree = ProcessTree.watch(process, "grading-" + submission.name());
        running.add(tree);
        try {
            if (stopped) {
                throw new InterruptedException("the class grading was stopped");
            }
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
            if (!finished) {
                int killed = tree.kill();
                return unfinished(submission, StudentRow.TIMED_OUT, took, timedOutNote(killed));
            }
            Path gradeJson = folder.resolve("grade/grade.json");
            if (process.exitValue() > 1 || !Files.isRegularFile(gradeJson)) {
                return unfinished(submission, StudentRow.CRASHED, took, crashNote(process.exitValue(), log));
            }
            return StudentRow.of(submission.name(), submission.reference(), took, Json.read(gradeJson, Grade.class));
        } finally {
            tree.kill();
            running.remove(tree);
        }
    }

    private List<String> command(Submission submission, Path work, Path folder) throws IOException {
        Path temp = Files.createDirectories(work.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(
                jvm.javaExecutable().toString(),
                "-Xmx" + GRADING_HEAP,
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-Djava.io.tmpdir=" + temp,
                "-Dgrader.maxHeap=" + jvm.maxHeap(),
                "-Dfile.encoding=UTF-8",
                "-cp", jvm.graderClassPath().stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)),
                Main.class.getName(),
                "grade", work.resolve("submission").toString(),
                "--out=" + folder.resolve("grade"),
                "--name=" + submission.name(),
                "--quiet",
                "--exercise=" + exercises.stream().map(ExerciseDescriptor::id).collect(Collectors.joining(","))));
        return command;
    }

    private StudentRow unfinished(Submission submission, String status, long took, String note) {
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

    private static boolean isSmallJavaFile(Path file) {
        try {
            return file.toString().endsWith(".java") && Files.size(file) <= MAX_SOURCE_BYTES;
        } catch (IOException unreadable) {
            return false;
        }
    }

    private boolean isGradedSource(Path file) {
        String path = file.toString().replace(File.separatorChar, '/');
        return isSmallJavaFile(file) && exercises.stream()
                .anyMatch(exercise -> path.contains("/" + exercise.packageName().replace('.', '/') + "/"));
    }
}
