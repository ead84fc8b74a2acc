/**
 * Files handled safely against a submission that plants links or huge files: writes in one step,
 * copies and deletions that never follow a link, and the size-capped copy of a submission.
 *
 * <p>It depends on no other package of the grader: every layer may use it, so it may use none.
 */
package course.grader.io;
