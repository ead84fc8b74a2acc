package course.parking;

import java.time.Duration;

/**
 * A car park with a fixed number of spots, used by many cars (threads) at once. A car parks, stays
 * (the {@code stay} it brings: its business in town), and leaves, freeing its spot — also when its
 * stay throws.
 *
 * <p>A {@link java.util.concurrent.Semaphore} with one permit per spot is the natural tool; any
 * correct design is accepted. Keep the public constructor and methods: the grader calls them.
 */
public class ParkingLot {

    // TODO: what tracks the free spots.

    /** @param spots how many cars fit at once; at least 1 */
    public ParkingLot(int spots) {
        // TODO
    }

    /**
     * Waits for a free spot, parks, runs {@code stay}, and leaves. The spot is freed whatever
     * {@code stay} does; an exception from it reaches the caller after the car has left.
     *
     * @throws InterruptedException if interrupted while waiting for a spot: the car never parked, so it
     *         runs no stay and gives back nothing. Let the exception propagate; do not catch it and wait
     *         again ({@code acquireUninterruptibly} would), and do not put the acquire inside the
     *         {@code try} whose {@code finally} releases, or an interrupted car returns a spot it never had.
     *         A car whose interrupt status is already set when it arrives may throw at once, as
     *         {@code Semaphore.acquire()} does, or take a free spot without waiting; both are right
     */
    public void park(Runnable stay) throws InterruptedException {
        // TODO: take a spot; run the stay; give the spot back in finally.
        throw new UnsupportedOperationException("TODO: ParkingLot.park");
    }

    /**
     * Like {@link #park}, but waits at most {@code patience} for a spot. A car that gives up never
     * parks, never runs its stay, and gives back nothing — it never had a spot. It parks as soon as a
     * spot comes free during its patience (not when the patience is over), and a patience of zero (or less)
     * means "only if a spot is free right now"; any patience up to {@code Duration.ofNanos(Long.MAX_VALUE)}
     * (about 292 years) means waiting that long. Taking the spot must be one atomic step: a car that
     * looks at {@link #freeSpots()} and then waits for the spot it saw can find it taken.
     *
     * <p>If you build the car park on a lock and a condition (or a monitor) instead of a semaphore:
     * a waiting car may be woken without a spot being free (another car took it first, or a
     * <em>spurious wake-up</em>, which {@code Condition.await} and {@code Object.wait} are allowed
     * to have), so look again in a {@code while} loop; and wait only for the time left —
     * {@code awaitNanos} returns it — never the whole patience again after each wake-up. (A deadline
     * taken as {@code System.nanoTime() + nanos} overflows for the longest patience: compare
     * {@code nanoTime} values by subtraction only, {@code deadline - System.nanoTime() > 0}.)
     *
     * @return true if the car parked (and stayed), false if no spot came free in time
     * @throws InterruptedException if interrupted while waiting for a spot, as for {@link #park}
     */
    public boolean tryPark(Runnable stay, Duration patience) throws InterruptedException {
        // TODO: try to take a spot within the patience; only if that worked: stay, then give it back.
        throw new UnsupportedOperationException("TODO: ParkingLot.tryPark");
    }

    /**
     * How many spots are free right now, as seen by any thread: read it from what the other methods
     * change under the same lock (or from the semaphore), never from an unguarded copy. A full car
     * park has none free, however many cars wait at it.
     */
    public int freeSpots() {
        // TODO
        throw new UnsupportedOperationException("TODO: ParkingLot.freeSpots");
    }
}
