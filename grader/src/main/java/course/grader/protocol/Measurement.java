package course.grader.protocol;

/** A figure a check measured, with its unit. */
public record Measurement(double value, String unit) {
}
