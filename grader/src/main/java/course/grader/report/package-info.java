/**
 * A grade as data ({@link course.grader.report.Grade}, {@link course.grader.report.ExerciseGrade},
 * {@link course.grader.report.CheckGrade}) and its renderings: grade.json, grade.md, the console's
 * score table, and the Classroom and Gradescope result files. Every text that may come from the
 * student's code is written so that it shows as itself.
 *
 * <p>It depends on the API, the catalogue (grades are made from its checks), io and the protocol
 * (figures, the JSON mapper, a check's outcome): never on how a grade was made, so every path that
 * grades writes the same reports.
 */
package course.grader.report;
