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
import java.util.stream.Collectors;

/**
 * One check running under a {@link Watchdog}. Its body runs on the JVM's main thread, the one a
 * program's {@code main} method runs on — a thread made for the check would differ from it in what
 * student code can read (its id, for one: a program's main thread is among the JVM's first) — while
 * the watchdog gives it the check's time limit: past it, the watchdog reports the check failed with
 * a diagnosis of every thread it started and halts the JVM. Afterwards, threads and processes the
 * check left behind are found (and processes killed). The body runs, and its outcome is made, as in
 * the supervisor: through {@link CheckRun}.
 */
final class RunningCheck {

    private static final long LEFTOVER_GRACE_MILLIS = 500;

    private final CheckRun run;
    private final OutputCapture output;
    private final ResultChannel channel;

    RunningCheck(CheckDescriptor descriptor, Path classesLocation, OutputCapture output, ResultChannel channel) {
        this.run = new CheckRun(descriptor, classesLocation);
        this.output = output;
        this.channel = channel;
    }

    /** Runs the check on the calling thread, the JVM's main thread, and returns its outcome, unless it times out. */
    CheckEvent.Finished run() throws Exception {
        Thread main = Thread.currentThread();
        main.setName("main");
        Thread.interrupted(); // an interrupt the student's code left on the main thread in an earlier check
        output.take();
        Set<ProcessHandle> processesBefore = ProcessHandle.current().descendants().collect(Collectors.toSet());
        long start = System.nanoTime();
        ThreadCensus census = ThreadCensus.take();
        Watchdog watchdog = Watchdog.start(run.check().timeLimit(), () -> {
            List<Thread> involved = new ArrayList<>(List.of(main));
            census.startedSince().stream().filter(thread -> thread != Thread.currentThread()).forEach(involved::add);
            Feedback feedback = timedOut(ThreadDiagnosis.describe(involved));
            killProcessesStartedSince(processesBefore);
            channel.send(run.outcome(feedback, Duration.ofNanos(System.nanoTime() - start).toMillis(), null, true));
        });

        Throwable failure = run.runBody();
        watchdog.workEnded();
        long durationMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
        Feedback feedback = failure == null ? null : FailureExplainer.explain(failure);
        boolean restart = failure != null && FailureExplainer.leavesThreadsRunning(failure)
                || !census.leftBehind(LEFTOVER_GRACE_MILLIS).isEmpty();
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
