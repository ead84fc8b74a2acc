/**
 * <h2>Exercise {@code parking}: a semaphore is a car park</h2>
 *
 * <p>A car park has 5 spots and 10 cars arrive at once. Five drive in; the other five wait at the
 * barrier. Each time a car leaves, the barrier lets one waiting car in. At no moment are more than
 * 5 cars inside — and, just as important, when 5 spots are free, 5 cars <em>are</em> inside: a car
 * park that lets one car in at a time is correct but useless.
 *
 * <p>A {@link java.util.concurrent.Semaphore} is exactly this barrier. It holds a number of
 * <em>permits</em> (the free spots). {@code acquire()} takes one, waiting while there are none;
 * {@code release()} gives one back and lets a waiting thread in; {@code tryAcquire(timeout)} waits at
 * most that long and then gives up. Unlike a lock, a semaphore admits up to n threads at once, and
 * it does not care which thread releases.
 *
 * <p>Two mistakes lose spots for ever. A car whose stay goes wrong (an exception) must still leave:
 * release in a {@code finally} block. And only a car that got a spot may give one back: releasing
 * after a {@code tryAcquire} that gave up adds a spot that never existed, and the car park then
 * admits more cars than it has room for.
 *
 * <p>A car waiting at the barrier can be interrupted (its driver gives up on the town): it stops
 * waiting with an {@code InterruptedException}, and since it never parked, it gives nothing back.
 * A car in a hurry ({@code tryPark}) waits at most its patience, but parks the moment a spot frees;
 * and when six hurried cars arrive for the last spot, exactly one gets it — checking
 * {@code freeSpots()} and then taking the spot in a second step lets several believe they have it.
 * Cars at the barrier wait without using the CPU: a loop that keeps looking at the count of free
 * spots (<em>busy-waiting</em>) burns a core per waiting car.
 *
 * <p><b>Your task:</b> complete {@link course.parking.ParkingLot}. The grader sends many cars at
 * once and counts how many are inside at every moment, against the number of spots; checks that a
 * spot comes back when a car's stay throws; that a timed try gives up on time, also while the car
 * park is woken without a spot coming free, and parks promptly when one does; that interrupted
 * cars leave no trace; that impatient cars racing for the last spot leave exactly one inside; that
 * waiting cars use no more CPU than a thread blocked in a latch; and that 10 cars staying d each on
 * 5 spots take about 2 d. Grade just this exercise with
 * {@code mvn verify -Dexercise=parking}.
 */
package course.parking;
