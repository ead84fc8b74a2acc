/**
 * The messages between the supervising JVM, which owns the score, and the checking JVM, which runs
 * the student's code. Results travel as JSON lines tagged with a nonce the student's code never
 * sees, so printing does not forge them; the supervisor scores only from its own catalogue.
 */
package course.grader.protocol;
