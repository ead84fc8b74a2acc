/**
 * The checks of {@code parking}: a semaphore as a car park. Cars are threads that park, stay and
 * leave on the check's signal ({@link course.grader.exercises.parking.Occupants}); capacity is
 * counted while cars come and go, and a freed spot must reach a waiting car whatever way it came in
 * and however close to the end of a timed car's patience.
 */
package course.grader.exercises.parking;
