package course.grader.report;

import course.grader.api.BoundedText;
import course.grader.api.Feedback;
import course.grader.protocol.Measurement;
import java.util.Map;

/**
 * The result of one check in a grade.
 *
 * @param feedback the feedback as text, null when passed
 * @param details  the same feedback in its four parts, null when passed
 * @param output   what the student's code printed during a failed check, if anything
 */
public record CheckGrade(
        String id,
        String title,
        String kind,
        int score,
        int maxScore,
        boolean passed,
        String feedback,
        Feedback details,
        long durationMs,
        Map<String, Measurement> measurements,
        String output) {

    /** Texts cut to their bounds however the grade was made, read back from a file included. */
    public CheckGrade {
        feedback = BoundedText.cap(feedback, BoundedText.LONG_FIELD);
        output = BoundedText.cap(output, BoundedText.LONG_FIELD);
        measurements = Measurement.bounded(measurements);
    }
}
