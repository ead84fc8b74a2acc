package course.grader.protocol;

import course.grader.api.BoundedText;
import course.grader.api.Feedback;
import java.util.Map;

/**
 * One message from the checking JVM: one case per kind of message, each with the fields it has.
 * On the wire ({@link ProtocolJson}) each is one JSON object whose {@code type} is {@link #type()}.
 *
 * <p>Every text is cut to its bound ({@link BoundedText}) and the figures to
 * {@value Measurement#MAX_PER_CHECK}, both where the checking JVM makes the event and where the
 * supervisor reads it back: a line that student code broke or forged cannot carry megabytes
 * into the reports.
 */
public sealed interface CheckEvent {

    /** The name of this kind of message on the wire. */
    String type();

    /** The check it is about; null for the messages about the whole JVM. */
    default String checkId() {
        return null;
    }

    /** A check is about to run. */
    record Started(String checkId) implements CheckEvent {
        public static final String TYPE = "started";

        public Started {
            checkId = BoundedText.cap(checkId, BoundedText.NAME);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /**
     * A check ended.
     *
     * @param undecided    for a check that passed because the machine could not decide it: what the
     *                     machine lacks; null when it decided
     * @param feedback     for a failed check
     * @param measurements figures the check measured
     * @param output       what the student's code printed during a failed check (truncated)
     * @param restart      the JVM is no longer fit to run further checks (threads left running)
     */
    record Finished(String checkId, boolean passed, String undecided, Feedback feedback, long durationMs,
                    Map<String, Measurement> measurements, String output, boolean restart) implements CheckEvent {
        public static final String TYPE = "finished";

        public Finished {
            checkId = BoundedText.cap(checkId, BoundedText.NAME);
            undecided = BoundedText.cap(undecided, BoundedText.LONG_FIELD);
            output = BoundedText.cap(output, BoundedText.LONG_FIELD);
            measurements = Measurement.bounded(measurements);
        }

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** The exercise's classes could not be initialized: the feedback applies to every check, and the JVM ends. */
    record Unloadable(Feedback feedback) implements CheckEvent {
        public static final String TYPE = "unloadable";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** Every check of the plan ran. */
    record Done() implements CheckEvent {
        public static final String TYPE = "done";

        @Override
        public String type() {
            return TYPE;
        }
    }

    /** A line of a type the grader never sends: broken or forged, so always out of turn. */
    record Unknown(String type, String checkId) implements CheckEvent {
        public Unknown {
            type = BoundedText.cap(type, BoundedText.NAME);
            checkId = BoundedText.cap(checkId, BoundedText.NAME);
        }
    }
}
