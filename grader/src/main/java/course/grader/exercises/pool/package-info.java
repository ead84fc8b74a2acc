/**
 * The checks of {@code pool}: a fixed pool of worker threads over a blocking queue. A task log
 * records which worker ran what and when, so that the checks see the number of tasks at once, the
 * order of map's results, what close and join wait for, and what a failing task does to its worker.
 */
package course.grader.exercises.pool;
