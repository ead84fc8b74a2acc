/**
 * Shared machinery for checks: starting many threads at once and joining them within a bound
 * ({@link course.grader.harness.ThreadGang}), explaining threads that did not finish
 * ({@link course.grader.harness.ThreadDiagnosis}), scheduling jitter, jcstress and ArchUnit runners,
 * and timing against a baseline of the same run. Checks share this code rather than repeating it.
 */
package course.grader.harness;
