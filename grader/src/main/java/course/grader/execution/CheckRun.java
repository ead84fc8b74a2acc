package course.grader.execution;

import course.grader.api.CheckContext;
import course.grader.api.Feedback;
import course.grader.api.NotDecidableHere;
import course.grader.catalog.CheckDescriptor;
import course.grader.protocol.CheckEvent;
import course.grader.protocol.Measurement;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One run of a check: its body, given a context that keeps what it measures, and the outcome it
 * earns, as the {@link CheckEvent.Finished} a checking JVM reports. Both sides run checks through
 * it: the checking JVM (under a watchdog, in a thread of its own: {@code child.RunningCheck}) and
 * the supervisor, which runs the architecture checks itself ({@code supervisor.BytecodeChecks}).
 * Where and how long the body runs, and how a failure is explained, is theirs.
 */
public final class CheckRun implements CheckContext {

    private final CheckDescriptor check;
    private final Path classesLocation;
    /** Written by the body's thread, read when the outcome is made: possibly while a timed-out body still runs. */
    private final Map<String, Measurement> measurements = Collections.synchronizedMap(new LinkedHashMap<>());
    /** What the machine lacked when the body found it could not decide; null while it can. */
    private volatile String undecidedBecause;

    public CheckRun(CheckDescriptor check, Path classesLocation) {
        this.check = check;
        this.classesLocation = classesLocation;
    }

    public CheckDescriptor check() {
        return check;
    }

    /**
     * Runs a fresh instance of the check's body in the calling thread; what ended it other than a
     * pass, or null. A body that finds the machine cannot decide its property ends without a
     * failure, and the outcome says so.
     */
    public Throwable runBody() {
        try {
            check.newBody().run(this);
            return null;
        } catch (NotDecidableHere lacking) {
            undecidedBecause = lacking.getMessage();
            return null;
        } catch (Throwable failure) {
            return failure;
        }
    }

    /**
     * The outcome: passed (or undecided, if the body said the machine cannot decide) when
     * {@code feedback} is null, with the figures measured so far.
     *
     * @param output  what the student's code printed, or null
     * @param restart the JVM that ran it is no longer fit to run further checks
     */
    public CheckEvent.Finished outcome(Feedback feedback, long durationMs, String output, boolean restart) {
        Map<String, Measurement> measured;
        synchronized (measurements) {
            measured = new LinkedHashMap<>(measurements);
        }
        return new CheckEvent.Finished(check.id(), feedback == null, feedback == null ? undecidedBecause : null, feedback,
                durationMs, measured, output, restart);
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
