/**
 * Grading a whole class: every submission in a grading process of its own, under a time bound,
 * several at a time, resumable and in shards; then the class report.
 *
 * <p>It depends on the supervisor's settings (the grading process's command line, containment) and
 * on the packages below it, never on the command line above it, which calls it.
 */
package course.grader.batch;
