/**
 * The supervising JVM: owns the catalogue and the score, starts a checking JVM per exercise with
 * bounds on time and memory, and keeps grading when one hangs, exits or crashes.
 */
package course.grader.supervisor;
