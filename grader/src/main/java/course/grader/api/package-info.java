/**
 * What a course author uses to write checks: an {@link course.grader.api.Exercise} lists its
 * checks, each a {@link course.grader.api.CheckBody} class described by {@link course.grader.api.CheckInfo},
 * which fails by throwing a {@link course.grader.api.CheckFailure} carrying {@link course.grader.api.Feedback}
 * for the student.
 *
 * <p>It depends on nothing else of the grader: it is what course authors write against, and must not
 * change when the engine does.
 */
package course.grader.api;
