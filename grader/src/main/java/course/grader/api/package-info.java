/**
 * What a course author uses to write checks: an {@link course.grader.api.Exercise} lists its
 * checks, each a {@link course.grader.api.CheckBody} class described by {@link course.grader.api.CheckInfo},
 * which fails by throwing a {@link course.grader.api.CheckFailure} carrying {@link course.grader.api.Feedback}
 * for the student.
 */
package course.grader.api;
