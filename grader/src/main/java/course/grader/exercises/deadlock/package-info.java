/**
 * The checks of {@code deadlock}: the notes' two-lock workshop, fixed, and a reentrant mutex on a
 * monitor. Each thread of a mutex check is a {@link course.grader.exercises.deadlock.MutexThread},
 * so that the check decides the order of lock, unlock and interrupt, and sees a caller that never
 * returns without waiting for it.
 */
package course.grader.exercises.deadlock;
