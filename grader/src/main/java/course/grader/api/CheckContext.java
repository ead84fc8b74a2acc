package course.grader.api;

import java.nio.file.Path;

/** What a running check may know and report besides pass or fail. */
public interface CheckContext {

    /** The directory (or jar) holding the graded classes, for checks that read bytecode. */
    Path classesLocation();

    /**
     * Records a figure the check measured (a throughput, a speed-up, a ratio), shown in the reports
     * so that teachers can compare solutions. Measurements never change the score.
     */
    void measure(String name, double value, String unit);
}
