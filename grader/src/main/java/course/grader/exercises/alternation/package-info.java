/**
 * The checks of {@code alternation}: printers that take turns round-robin with a condition. A
 * {@link course.grader.exercises.alternation.Printout} records who printed what and what was true
 * when print returned; its pacings hold or time each print to provoke the races and the waits a free
 * run hides (a turn checked just as it passes, a turn that waits for a clock).
 */
package course.grader.exercises.alternation;
