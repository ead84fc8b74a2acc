/**
 * The checks of {@code counter}: an account behind one lock. Stress and jcstress runs count lost
 * updates, a recording ledger shows each entry continues the one before, slow ledgers hold the lock
 * to show what waits for it and what gives up, and the model checker explores the schedules of two
 * threads against the sequential account ({@link course.grader.exercises.counter.AccountSpecification}).
 */
package course.grader.exercises.counter;
