/**
 * The checks of {@code event}: an event on a lock and a condition. Waiting workers are started and
 * watched by {@link course.grader.exercises.event.Waiters}; set, clear and the timed wait are raced
 * against one another, against interrupts and against spurious wake-ups, and every generation of a
 * set must reach every waiter that was there.
 */
package course.grader.exercises.event;
