package course.grader.classreport;

/** One exercise as a column of the class table. */
public record ExerciseColumn(String id, String title, int maxScore) {
}
