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
     * @throws InterruptedException if interrupted while waiting for a spot (the car never parked)
     */
    public void park(Runnable stay) throws InterruptedException {
        // TODO: take a spot; run the stay; give the spot back in finally.
        throw new UnsupportedOperationException("TODO: ParkingLot.park");
    }

    /**
     * Like {@link #park}, but waits at most {@code patience} for a spot. A car that gives up never
     * parks, never runs its stay, and gives back nothing — it never had a spot.
     *
     * @return true if the car parked (and stayed), false if no spot came free in time
     */
    public boolean tryPark(Runnable stay, Duration patience) throws InterruptedException {
        // TODO: try to take a spot within the patience; only if that worked: stay, then give it back.
        throw new UnsupportedOperationException("TODO: ParkingLot.tryPark");
    }

    /** How many spots are free right now. */
    public int freeSpots() {
        // TODO
        throw new UnsupportedOperationException("TODO: ParkingLot.freeSpots");
    }
}
