package course.grader.supervisor;

import course.grader.api.Feedback;
import course.grader.catalog.CheckDescriptor;
import course.grader.catalog.ExerciseDescriptor;
import course.grader.protocol.CheckEvent;
import course.grader.report.CheckGrade;
import course.grader.report.ExerciseGrade;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Grades one exercise by running its checks in checking JVMs (all but the architecture checks,
 * which only read bytecode: {@link BytecodeChecks}). Scores come from the catalogue,
 * never from the checking JVM: it only says passed or failed, once per check, for the check the
 * supervisor expects next. A JVM that hangs past a check's bound, exits or crashes costs that
 * check; the remaining checks run in a new JVM.
 */
public final class Supervisor {

    /** Time given beyond a check's own limit for the checking JVM's watchdog to report. */
    private static final Duration WATCHDOG_GRACE = Duration.ofSeconds(20);
    /** Time a JVM may take to start, or to go from one check to the next. */
    private static final Duration BETWEEN_CHECKS = Duration.ofSeconds(30);

    private final JvmSettings settings;

    public Supervisor(JvmSettings settings) {
        this.settings = settings;
    }

    public ExerciseGrade grade(ExerciseDescriptor exercise, Path gradedClasses, Path workRoot) throws IOException, InterruptedException {
        Map<String, CheckGrade> results = new LinkedHashMap<>();
        List<CheckDescriptor> pending = new ArrayList<>();
        for (CheckDescriptor check : exercise.checks()) {
            if (BytecodeChecks.runHere(check)) {
                results.put(check.id(), BytecodeChecks.run(check, gradedClasses));
            } else {
                pending.add(check);
            }
        }
        while (!pending.isEmpty()) {
            // Every JVM settles at least the check it was expected to run, so this loop ends.
            runInOneJvm(exercise, gradedClasses, workRoot, pending, results);
        }
        List<CheckGrade> ordered = exercise.checks().stream().map(check -> results.get(check.id())).toList();
        return ExerciseGrade.graded(exercise.id(), exercise.title(), ordered);
    }

    private void runInOneJvm(ExerciseDescriptor exercise, Path gradedClasses, Path workRoot,
                             List<CheckDescriptor> pending, Map<String, CheckGrade> results)
            throws IOException, InterruptedException {
        try (CheckingJvm jvm = CheckingJvm.start(settings, gradedClasses, exercise.definition().getName(),
                pending.stream().map(CheckDescriptor::id).toList(),
                pending.stream().flatMap(check -> check.javaAgents().stream()).distinct().toList(),
                workRoot.resolve(exercise.id()))) {
            CheckDescriptor running = null;
            long startedAt = 0;
            Duration wait = BETWEEN_CHECKS;
            while (!pending.isEmpty()) {
                JvmSignal next = jvm.next(wait);
                CheckDescriptor expected = pending.get(0);
                if (!(next instanceof JvmSignal.Message(CheckEvent event))) {
                    CheckDescriptor lost = running != null ? running : expected;
                    long elapsed = running != null ? elapsedMillis(startedAt) : 0;
                    Feedback why = next instanceof JvmSignal.Ended ended
                            ? ended.breach().map(Supervisor::exceeded)
                                    .orElse(ended(ended.exitCode(), ended.stderrTail(), running != null))
                            : unresponsive(wait);
                    record(results, pending, failed(lost, why, elapsed));
                    return;
                }
                switch (event) {
                    case CheckEvent.Started started -> {
                        if (running != null || !expected.id().equals(event.checkId())) {
                            record(results, pending, failed(running != null ? running : expected, outOfTurn(event), 0));
                            return;
                        }
                        running = expected;
                        startedAt = System.nanoTime();
                        wait = expected.timeLimit().plus(WATCHDOG_GRACE);
                    }
                    case CheckEvent.Finished finished -> {
                        if (running == null || !running.id().equals(event.checkId())) {
                            record(results, pending, failed(running != null ? running : expected, outOfTurn(event), 0));
                            return;
                        }
                        record(results, pending, graded(running, finished));
                        running = null;
                        wait = BETWEEN_CHECKS;
                        if (finished.restart()) {
                            return;
                        }
                    }
                    case CheckEvent.Unloadable unloadable -> {
                        for (CheckDescriptor check : List.copyOf(pending)) {
                            record(results, pending, failed(check, unloadable.feedback(), 0));
                        }
                        return;
                    }
                    default -> {
                        record(results, pending, failed(running != null ? running : expected, outOfTurn(event), 0));
                        return;
                    }
                }
            }
        }
    }

    private static void record(Map<String, CheckGrade> results, List<CheckDescriptor> pending, CheckGrade grade) {
        results.put(grade.id(), grade);
        pending.removeIf(check -> check.id().equals(grade.id()));
    }

    private static CheckGrade graded(CheckDescriptor check, CheckEvent.Finished event) {
        return event.passed()
                ? CheckGrade.passed(check, event.durationMs(), event.measurements())
                : CheckGrade.failed(check, event.feedback(), event.durationMs(), event.measurements(), event.output());
    }

    private static CheckGrade failed(CheckDescriptor check, Feedback feedback, long durationMs) {
        return CheckGrade.failed(check, feedback, durationMs);
    }

    private static Feedback exceeded(ProcessTree.Breach breach) {
        String what = breach == ProcessTree.Breach.TOO_MANY_THREADS ? "threads" : "child processes";
        return Feedback.expected("a bounded number of " + what)
                .observed("so many " + what + " were alive at once that the grader stopped the JVM")
                .cause("new " + what + " are started in a loop, or for every task, and never end")
                .revisit("bounded resources: a fixed pool of workers, and join or reap what you start");
    }

    private static Feedback ended(int exitCode, String stderrTail, boolean duringCheck) {
        String jvmSaid = stderrTail.isBlank() ? "" : "; the JVM said: " + lastLines(stderrTail);
        return Feedback.expected("the JVM running your code to stay up until the grader is done")
                .observed("it ended " + (duringCheck ? "during this check" : "before this check began")
                        + " with exit code " + exitCode + jvmSaid)
                .cause("your code called System.exit or Runtime.halt (perhaps in a static initializer),"
                        + " or the JVM crashed, for example out of memory")
                .revisit("library code never ends the JVM: throw an exception and let the caller decide");
    }

    private static Feedback outOfTurn(CheckEvent event) {
        return Feedback.expected("the grader's own messages, one check at a time")
                .observed("a '" + event.type() + "' message for check " + event.checkId() + " out of turn")
                .cause("something in the JVM running your code imitated or disturbed the grader's reporting")
                .revisit("code under test never writes the grader's results");
    }

    private static Feedback unresponsive(Duration waited) {
        return Feedback.expected("the JVM running your code to report within " + waited.toSeconds() + " s")
                .observed("it stopped responding, and not even the grader's watchdog inside it could report")
                .cause("the whole JVM was starved: too many threads, a full heap, or an endless loop in a"
                        + " static initializer")
                .revisit("bounded resources: create threads and memory in proportion to the work");
    }

    private static String lastLines(String text) {
        List<String> lines = text.lines().toList();
        return String.join(" / ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
    }

    private static long elapsedMillis(long startedAt) {
        return Duration.ofNanos(System.nanoTime() - startedAt).toMillis();
    }

}
