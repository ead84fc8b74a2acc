package course.grader.child;

import course.grader.api.Feedback;
import course.grader.catalog.CheckDescriptor;
import course.grader.execution.CheckRun;
import course.grader.harness.Diagnosis;
import course.grader.harness.ThreadDiagnosis;
import course.grader.protocol.CheckEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * One check running under a watchdog: its body runs in a thread of its own, which is given the
 * check's time limit; past it the check fails with a diagnosis of every thread it started.
 * Afterwards, threads and processes the check left behind are found (and processes killed). The
 * body runs, and its outcome is made, as in the supervisor: through {@link CheckRun}.
 */
final class RunningCheck {

    private static final long LEFTOVER_GRACE_MILLIS = 500;

    private final CheckRun run;
    private final OutputCapture output;

    RunningCheck(CheckDescriptor descriptor, Path classesLocation, OutputCapture output) {
        this.run = new CheckRun(descriptor, classesLocation);
        this.output = output;
    }

    CheckEvent.Finished run() throws Exception {
        output.take();
        ThreadCensus census = ThreadCensus.take();
        Set<ProcessHandle> processesBefore = ProcessHandle.current().descendants().collect(Collectors.toSet());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        long start = System.nanoTime();

        // Named and made as a program's main thread is: a thread named after the check, or a daemon, would
        // tell student code that a check runs it. The checking JVM halts when it is done, whatever runs.
        Thread runner = new Thread(() -> thrown.set(run.runBody()), "main");
        runner.start();
        runner.join(run.check().timeLimit());
        long durationMs = Duration.ofNanos(System.nanoTime() - start).toMillis();

        Feedback feedback;
        boolean restart;
        if (runner.isAlive()) {
            List<Thread> involved = new ArrayList<>(census.startedSince());
            feedback = timedOut(ThreadDiagnosis.describe(involved));
            restart = true;
        } else {
            Throwable failure = thrown.get();
            feedback = failure == null ? null : FailureExplainer.explain(failure);
            restart = failure != null && FailureExplainer.leavesThreadsRunning(failure)
                    || !census.leftBehind(LEFTOVER_GRACE_MILLIS).isEmpty();
        }
        killProcessesStartedSince(processesBefore);
        String printed = feedback == null ? null : output.take();
        return run.outcome(feedback, durationMs, printed == null || printed.isBlank() ? null : printed, restart);
    }

    private Feedback timedOut(Diagnosis diagnosis) {
        return Feedback.expected("the check to finish within " + run.check().timeLimit().toSeconds() + " s")
                .observed("it was still running; " + (diagnosis.text().isEmpty() ? "no thread of yours was found"
                        : diagnosis.text()))
                .cause(diagnosis.deadlock()
                        ? "the threads take the same locks in different orders"
                        : "a thread waits for something that never happens, or loops forever")
                .revisit("every wait needs someone who ends it: unlock in finally, signal after changing state");
    }

    private static void killProcessesStartedSince(Set<ProcessHandle> before) {
        ProcessHandle.current().descendants()
                .filter(process -> !before.contains(process))
                .forEach(ProcessHandle::destroyForcibly);
    }
}
