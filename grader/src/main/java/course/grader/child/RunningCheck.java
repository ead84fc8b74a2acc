package course.grader.child;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.Feedback;
import course.grader.catalog.CheckDescriptor;
import course.grader.harness.ThreadDiagnosis;
import course.grader.protocol.CheckEvent;
import course.grader.protocol.Measurement;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * One check running under a watchdog: its body runs in a thread of its own, which is given the
 * check's time limit; past it the check fails with a diagnosis of every thread it started.
 * Afterwards, threads and processes the check left behind are found (and processes killed).
 */
final class RunningCheck implements CheckContext {

    private static final long LEFTOVER_GRACE_MILLIS = 500;

    private final CheckDescriptor descriptor;
    private final Path classesLocation;
    private final OutputCapture output;
    private final Map<String, Measurement> measurements = new LinkedHashMap<>();

    RunningCheck(CheckDescriptor descriptor, Path classesLocation, OutputCapture output) {
        this.descriptor = descriptor;
        this.classesLocation = classesLocation;
        this.output = output;
    }

    CheckEvent.Finished run() throws Exception {
        output.take();
        ThreadCensus census = ThreadCensus.take();
        Set<ProcessHandle> processesBefore = ProcessHandle.current().descendants().collect(Collectors.toSet());
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        long start = System.nanoTime();

        Thread runner = new Thread(() -> runBody(thrown), "grader-check-" + descriptor.id());
        runner.setDaemon(true);
        runner.start();
        runner.join(descriptor.timeLimit());
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
        return new CheckEvent.Finished(descriptor.id(), feedback == null, feedback, durationMs,
                Map.copyOf(measurements), printed == null || printed.isBlank() ? null : printed, restart);
    }

    private void runBody(AtomicReference<Throwable> thrown) {
        try {
            CheckBody body = descriptor.newBody();
            body.run(this);
        } catch (Throwable failure) {
            thrown.set(failure);
        }
    }

    private Feedback timedOut(String diagnosis) {
        return Feedback.expected("the check to finish within " + descriptor.timeLimit().toSeconds() + " s")
                .observed("it was still running; " + (diagnosis.isEmpty() ? "no thread of yours was found" : diagnosis))
                .cause(diagnosis.startsWith("deadlock")
                        ? "the threads take the same locks in different orders"
                        : "a thread waits for something that never happens, or loops forever")
                .revisit("every wait needs someone who ends it: unlock in finally, signal after changing state");
    }

    private static void killProcessesStartedSince(Set<ProcessHandle> before) {
        ProcessHandle.current().descendants()
                .filter(process -> !before.contains(process))
                .forEach(ProcessHandle::destroyForcibly);
    }

    @Override
    public Path classesLocation() {
        return classesLocation;
    }

    @Override
    public void measure(String name, double value, String unit) {
        measurements.put(name, new Measurement(value, unit));
    }
}
