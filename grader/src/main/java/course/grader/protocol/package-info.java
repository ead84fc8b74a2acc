/**
 * The messages between the supervising JVM, which owns the score, and the checking JVM, which runs
 * the student's code. Results travel as JSON lines tagged with a nonce the student's code never
 * sees, so printing does not forge them; the supervisor scores only from its own catalogue.
 *
 * <p>It depends on the API and io only: both JVMs speak it, so it may know neither of them.
 */
package course.grader.protocol;
