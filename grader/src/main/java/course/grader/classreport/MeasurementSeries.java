package course.grader.classreport;

import java.util.List;

/** One figure a check measured (counter throughput, pool speed-up…), per student, highest first. */
public record MeasurementSeries(String exercise, String check, String name, String unit, List<Value> values) {

    /** One student's figure. */
    public record Value(String student, double value) {
    }
}
