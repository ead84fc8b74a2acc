/**
 * The grader's command line: parses arguments, grades a submission, a compiled tree or a class,
 * exports the template, and turns every outcome into an exit code (a grader failure is never read
 * as a pass).
 *
 * <p>It is the top layer: it may depend on every package below it, and none depends on it.
 */
package course.grader.cli;
