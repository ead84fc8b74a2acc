package course.grader.classreport;

import course.grader.protocol.Measurement;
import course.grader.report.CheckGrade;
import course.grader.report.ExerciseGrade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers each figure the checks measured into one series across the class, highest first. */
final class MeasurementComparison {

    private MeasurementComparison() {
    }

    static List<MeasurementSeries> of(List<StudentRow> students) {
        Map<List<String>, List<MeasurementSeries.Value>> values = new LinkedHashMap<>();
        for (StudentRow student : students) {
            if (student.grade() == null) {
                continue;
            }
            for (ExerciseGrade exercise : student.grade().exercises()) {
                for (CheckGrade check : exercise.checks()) {
                    if (check.measurements() == null) {
                        continue;
                    }
                    for (Map.Entry<String, Measurement> figure : check.measurements().entrySet()) {
                        List<String> key = List.of(exercise.id(), check.id(), figure.getKey(), figure.getValue().unit());
                        values.computeIfAbsent(key, k -> new ArrayList<>())
                                .add(new MeasurementSeries.Value(student.name(), figure.getValue().value()));
                    }
                }
            }
        }
        List<MeasurementSeries> series = new ArrayList<>();
        values.forEach((key, figures) -> series.add(new MeasurementSeries(key.get(0), key.get(1), key.get(2), key.get(3),
                figures.stream().sorted(Comparator.comparingDouble(MeasurementSeries.Value::value).reversed()).toList())));
        return series;
    }
}
