/**
 * The checking JVM: started by the supervisor for one exercise, it runs the checks it is given one
 * at a time under a watchdog and reports each result over a channel the student's code cannot
 * write to by printing. When a check leaves threads running it asks to be replaced.
 *
 * <p>It depends on the API, the catalogue, the harness, the protocol and execution (which runs a
 * check the same way the supervisor does), never on the supervisor: it runs the student's code, and
 * must hold nothing of the score, the reports or the process control.
 */
package course.grader.child;
