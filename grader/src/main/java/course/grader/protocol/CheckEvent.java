package course.grader.protocol;

import course.grader.api.BoundedText;
import course.grader.api.Feedback;
import java.util.Map;

/**
 * One message from the checking JVM.
 *
 * @param type         {@code started}, {@code finished}, {@code done}, or {@code unloadable} when the
 *                     exercise's classes could not be initialized (its feedback then applies to every check)
 * @param checkId      the check it is about (null for {@code done})
 * @param passed       for {@code finished}
 * @param feedback     for a failed check
 * @param durationMs   for {@code finished}
 * @param measurements figures the check measured
 * @param output       what the student's code printed during a failed check (truncated)
 * @param restart      the JVM is no longer fit to run further checks (threads left running)
 */
public record CheckEvent(
        String type,
        String checkId,
        boolean passed,
        Feedback feedback,
        long durationMs,
        Map<String, Measurement> measurements,
        String output,
        boolean restart) {

    public static final String STARTED = "started";
    public static final String FINISHED = "finished";
    public static final String DONE = "done";
    public static final String UNLOADABLE = "unloadable";

    /**
     * Every text is cut to its bound ({@link BoundedText}) and the figures to
     * {@value Measurement#MAX_PER_CHECK}, both where the checking JVM makes the event and where the
     * supervisor reads it back: a line that student code broke or forged cannot carry megabytes
     * into the reports.
     */
    public CheckEvent {
        type = BoundedText.cap(type, BoundedText.NAME);
        checkId = BoundedText.cap(checkId, BoundedText.NAME);
        output = BoundedText.cap(output, BoundedText.LONG_FIELD);
        measurements = Measurement.bounded(measurements);
    }

    public static CheckEvent started(String checkId) {
        return new CheckEvent(STARTED, checkId, false, null, 0, Map.of(), null, false);
    }

    public static CheckEvent unloadable(Feedback feedback) {
        return new CheckEvent(UNLOADABLE, null, false, feedback, 0, Map.of(), null, true);
    }

    public static CheckEvent done() {
        return new CheckEvent(DONE, null, false, null, 0, Map.of(), null, false);
    }
}
