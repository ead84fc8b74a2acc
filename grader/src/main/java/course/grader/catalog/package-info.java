/**
 * Every exercise the grader knows and its checks, as descriptors read from their annotations
 * ({@link course.grader.api.CheckInfo}) without running a check or loading a student class: the
 * supervisor scores from it, the checking JVM finds the check to run in it.
 *
 * <p>It depends on the API only: both JVMs load it, so it must not bring the supervisor's
 * machinery into the checking JVM or the harness into the supervisor.
 */
package course.grader.catalog;
