/**
 * Running one check, the same way in both JVMs: the body with a context that keeps what it
 * measures, and the outcome it earns. It may depend on the API, the catalogue (the check's
 * descriptor) and the protocol (the outcome is the event a checking JVM reports), and on nothing
 * that schedules, isolates or reports checks: the checking JVM and the supervisor build on it.
 */
package course.grader.execution;
