package course.grader.report;

import java.util.Optional;

/**
 * A grade as one line of text: how a grading process ({@code grade --print-grade-json}) hands its
 * grade to the class grading that started it, on its standard output, so that the class grading
 * never reads a file the submission's processes could have touched.
 */
public final class GradeLine {

    private static final String MARKER = "grade.json ";

    private GradeLine() {
    }

    public static String format(Grade grade) {
        return MARKER + Json.line(grade);
    }

    /** The last grade line in {@code printed}, if there is one that reads as a grade. */
    public static Optional<Grade> find(String printed) {
        return printed.lines().filter(line -> line.startsWith(MARKER)).reduce((first, last) -> last)
                .map(line -> Json.parse(line.substring(MARKER.length()), Grade.class));
    }
}
