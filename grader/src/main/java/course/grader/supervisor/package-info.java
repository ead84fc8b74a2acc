/**
 * The supervising JVM: owns the catalogue and the score, starts a checking JVM per exercise with
 * bounds on time and memory, and keeps grading when one hangs, exits or crashes.
 *
 * <p>It depends on the packages below it (the catalogue, compile, trust, execution, the protocol,
 * the report, io and the API) and starts the checking JVM by class name: it never links to the
 * child or the harness, which run the student's code, nor to the class gradings built on it.
 */
package course.grader.supervisor;
