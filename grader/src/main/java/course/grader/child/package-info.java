/**
 * The checking JVM: started by the supervisor for one exercise, it runs the checks it is given one
 * at a time under a watchdog and reports each result over a channel the student's code cannot
 * write to by printing. When a check leaves threads running it asks to be replaced.
 */
package course.grader.child;
