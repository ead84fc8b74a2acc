package course.grader.report;

import course.grader.api.BoundedText;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.catalog.CheckDescriptor;
import course.grader.protocol.CheckEvent;
import course.grader.protocol.Measurement;
import java.util.Map;

/**
 * The result of one check in a grade. Make it with {@link #of}, {@link #passed}, {@link #failed},
 * {@link #undecided} or {@link #notRun}; the canonical constructor is for reading a stored grade back.
 *
 * @param passed   the check earned its points: it passed, or this machine could not decide it
 * @param status   passed, failed, undecided (full points) or not run (its exercise was not graded);
 *                 a grade stored before there was a status reads back as passed or failed
 * @param feedback the feedback as text, null when passed; for an undecided check, why
 * @param details  the same feedback in its four parts, null when passed or not run
 * @param output   what the student's code printed during a failed check, if anything
 */
public record CheckGrade(
        String id,
        String title,
        CheckKind kind,
        int score,
        int maxScore,
        boolean passed,
        CheckStatus status,
        String feedback,
        Feedback details,
        long durationMs,
        Map<String, Measurement> measurements,
        String output) {

    /** How the feedback of a check that never ran begins, followed by why. */
    public static final String NOT_RUN_PREFIX = "not run: ";
    /** How the feedback of a check this machine could not decide begins, followed by what it lacks. */
    public static final String UNDECIDED_PREFIX = "not decided here, and no points lost: ";

    /** Texts cut to their bounds however the grade was made, read back from a file included. */
    public CheckGrade {
        feedback = BoundedText.cap(feedback, BoundedText.LONG_FIELD);
        output = BoundedText.cap(output, BoundedText.LONG_FIELD);
        measurements = Measurement.bounded(measurements);
        if (status == null) {
            status = passed ? CheckStatus.PASSED : CheckStatus.FAILED;
        }
    }

    /** The check passed: full points. */
    public static CheckGrade passed(CheckDescriptor check, long durationMs, Map<String, Measurement> measurements) {
        return new CheckGrade(check.id(), check.title(), check.kind(), check.points(), check.points(), true,
                CheckStatus.PASSED, null, null, durationMs, measurements, null);
    }

    /** The check ran and failed, for the reason {@code feedback} gives; {@code output} may be null. */
    public static CheckGrade failed(CheckDescriptor check, Feedback feedback, long durationMs,
                                    Map<String, Measurement> measurements, String output) {
        return new CheckGrade(check.id(), check.title(), check.kind(), 0, check.points(), false,
                CheckStatus.FAILED, feedback.render(), feedback, durationMs, measurements, output);
    }

    /** The check was lost before it could report anything but {@code feedback} (its JVM died, for instance). */
    public static CheckGrade failed(CheckDescriptor check, Feedback feedback, long durationMs) {
        return failed(check, feedback, durationMs, Map.of(), null);
    }

    /** This machine could not decide the check, for want of {@code whatTheMachineLacks}: full points. */
    public static CheckGrade undecided(CheckDescriptor check, String whatTheMachineLacks, long durationMs,
                                       Map<String, Measurement> measurements) {
        return new CheckGrade(check.id(), check.title(), check.kind(), check.points(), check.points(), true,
                CheckStatus.UNDECIDED, UNDECIDED_PREFIX + whatTheMachineLacks, null, durationMs, measurements, null);
    }

    /** The grade a check's outcome earns, its score taken from the catalogue; a failed outcome has feedback. */
    public static CheckGrade of(CheckDescriptor check, CheckEvent.Finished outcome) {
        if (!outcome.passed()) {
            return failed(check, outcome.feedback(), outcome.durationMs(), outcome.measurements(), outcome.output());
        }
        return outcome.undecided() == null
                ? passed(check, outcome.durationMs(), outcome.measurements())
                : undecided(check, outcome.undecided(), outcome.durationMs(), outcome.measurements());
    }

    /** The check never ran, because its exercise was not graded for the reason {@code why}. */
    public static CheckGrade notRun(CheckDescriptor check, String why) {
        return new CheckGrade(check.id(), check.title(), check.kind(), 0, check.points(), false,
                CheckStatus.NOT_RUN, NOT_RUN_PREFIX + why, null, 0, Map.of(), null);
    }
}
