package course.grader.supervisor;

import course.grader.api.GivenSource;
import course.grader.catalog.ExerciseCatalog;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.compile.CompilationResult;
import course.grader.compile.CompiledClasses;
import course.grader.compile.SubmissionCompiler;
import course.grader.io.SubmissionCopy;
import course.grader.report.CheckGrade;
import course.grader.report.ExerciseGrade;
import course.grader.report.ExerciseStatus;
import course.grader.report.Grade;
import course.grader.trust.ArchitectureGate;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Grades a set of exercises, from compiled classes or from a submission's sources. Exercises are
 * graded in {@code lanes} at once, each in checking JVMs of its own, the longest first (see
 * {@link LaneOrder}); their grades keep the order asked for.
 */
public final class Grading {

    /** Beyond four exercises at once the longest exercise and the compile, which runs first, dominate anyway. */
    private static final int MOST_DEFAULT_LANES = 4;

    private final Supervisor supervisor;
    private final Containment containment;
    private final Path workRoot;
    private final int lanes;

    /**
     * @param lanes how many exercises are graded at once (at least 1). Each lane adds one checking
     *              JVM's load; checks measure ratios and CPU time, not wall-clock figures, so their
     *              verdicts do not depend on it.
     */
    public Grading(JvmSettings settings, Path workRoot, int lanes) {
        if (lanes < 1) {
            throw new IllegalArgumentException("at least one lane, not " + lanes);
        }
        this.supervisor = new Supervisor(settings);
        this.containment = settings.containment();
        this.workRoot = workRoot;
        this.lanes = lanes;
    }

    /**
     * Two lanes per processor, at most {@value #MOST_DEFAULT_LANES}: what a grading on this machine
     * uses by default. Much of a check's time is waiting (timeouts, stays, child processes), so more
     * lanes than cores keep the cores busy: on 2 cores, at 204 points, the reference solutions grade
     * in 31 s with 4 lanes.
     */
    public static int defaultLanes() {
        return Math.min(MOST_DEFAULT_LANES, 2 * Runtime.getRuntime().availableProcessors());
    }


    /**
     * Grades classes that are already compiled (what {@code mvn verify} does): only the graded
     * exercises' classes, copied out of {@code classes}, with the kit's classes of their given
     * sources, are seen by the checks.
     */
    public Grade gradeClasses(String target, Path classes, List<ExerciseDescriptor> exercises)
            throws IOException, InterruptedException {
        return grade(target, CompiledClasses.select(classes, ids(exercises), given(exercises), workRoot.resolve("classes")),
                List.of(), exercises);
    }

    /** Compiles the exercise sources of a submission's copy and grades what compiled; the rest scores 0. */
    public Grade gradeSources(String target, SubmissionCopy submission, List<ExerciseDescriptor> exercises)
            throws IOException, InterruptedException {
        Path classes = Files.createDirectories(workRoot.resolve("classes"));
        CompilationResult compiled = new SubmissionCompiler(ids(exercises), given(exercises))
                .passingOver(ExerciseCatalog.load().all().stream().map(ExerciseDescriptor::id).toList())
                .compile(SubmissionCompiler.sourceRoot(submission.root()), classes);
        return grade(target, compiled, submission.leftOut(), exercises);
    }

    private Grade grade(String target, CompilationResult compiled, List<String> leftOutByCopy,
                        List<ExerciseDescriptor> exercises) throws IOException, InterruptedException {
        ClassesFingerprint compiledClasses = ClassesFingerprint.of(compiled.classes());
        List<ExerciseGrade> grades = inLanes(exercises.stream()
                .<Callable<ExerciseGrade>>map(exercise -> () -> gradeCompiled(exercise, compiled)).toList(),
                LaneOrder.longestFirst(exercises));
        if (!ClassesFingerprint.of(compiled.classes()).equals(compiledClasses)) {
            grades = exercises.stream().map(exercise -> notGraded(exercise, ExerciseStatus.FLAGGED,
                    "The compiled classes of this submission changed while they were being graded: code in it"
                            + " rewrote classes the checks were running, so no check's result can be trusted.",
                    "the graded classes were rewritten during the grading")).toList();
        }
        List<String> leftOut = new ArrayList<>(leftOutByCopy);
        leftOut.addAll(compiled.leftOut());
        return Grade.of(target, Instant.now().toString(), containment.description(), leftOut, grades);
    }

    private ExerciseGrade gradeCompiled(ExerciseDescriptor exercise, CompilationResult compiled) throws InterruptedException {
        String errors = compiled.errorsByExercise().get(exercise.id());
        List<String> foreign = compiled.foreignByExercise().getOrDefault(exercise.id(), List.of());
        if (!foreign.isEmpty()) {
            return notGraded(exercise, ExerciseStatus.FLAGGED, "Files in the exercise's folder that are not its"
                    + " code (only its package's .java files are graded, and nothing else may stand beside them):\n"
                    + String.join("\n", foreign), "its folder holds files that are not its code");
        }
        if (errors != null) {
            return notGraded(exercise, ExerciseStatus.NOT_COMPILED, errors, "its sources did not compile");
        }
        return gradeOne(exercise, compiled);
    }

    /**
     * Runs the gradings {@code lanes} at a time, started in {@code startOrder} (positions in
     * {@code gradings}), and returns their grades in the order given. When this thread is
     * interrupted, every grading still running is interrupted too and has closed its checking JVM
     * before this returns.
     */
    private List<ExerciseGrade> inLanes(List<Callable<ExerciseGrade>> gradings, List<Integer> startOrder)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(lanes, gradings.size())));
        boolean allGraded = false;
        try {
            Map<Integer, Future<ExerciseGrade>> running = new HashMap<>();
            startOrder.forEach(index -> running.put(index, pool.submit(gradings.get(index))));
            List<ExerciseGrade> grades = new ArrayList<>();
            for (int index = 0; index < gradings.size(); index++) {
                grades.add(running.get(index).get());
            }
            allGraded = true;
            return grades;
        } catch (ExecutionException interrupted) {
            // A grading turns every failure but an interrupt into a grade: this is that interrupt.
            throw new InterruptedException("the grading was stopped: " + interrupted.getCause());
        } finally {
            if (!allGraded) {
                pool.shutdownNow();
            }
            pool.close();
        }
    }

    private static List<String> ids(List<ExerciseDescriptor> exercises) {
        return exercises.stream().map(ExerciseDescriptor::id).toList();
    }

    private static List<GivenSource> given(List<ExerciseDescriptor> exercises) {
        return exercises.stream().flatMap(exercise -> exercise.givenSources().stream()).toList();
    }

    /** One exercise, whose failure, whatever it is, costs that exercise only. */
    private ExerciseGrade gradeOne(ExerciseDescriptor exercise, CompilationResult compiled) throws InterruptedException {
        try {
            List<String> forbidden = ArchitectureGate.violations(exercise, compiled.classes());
            return forbidden.isEmpty()
                    ? Prerequisites.apply(exercise, supervisor.grade(exercise, compiled.classes(), workRoot))
                    : notGraded(exercise, ExerciseStatus.FLAGGED, String.join("\n", forbidden),
                            "it uses code the grader does not run");
        } catch (InterruptedException stopped) {
            throw stopped;
        } catch (Throwable graderFailure) {
            return notGraded(exercise, ExerciseStatus.GRADER_FAILED, "The grader failed on this exercise ("
                            + graderFailure + "); this is not a judgement of your code, and the other exercises are"
                            + " graded. Tell your teacher.",
                    "the grader failed on this exercise");
        }
    }

    private static ExerciseGrade notGraded(ExerciseDescriptor exercise, ExerciseStatus status, String note, String why) {
        List<CheckGrade> checks = exercise.checks().stream().map(check -> CheckGrade.notRun(check, why)).toList();
        return new ExerciseGrade(exercise.id(), exercise.title(), status, 0, exercise.maxScore(), note, checks);
    }
}
