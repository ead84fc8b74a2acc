package course.grader.exercises.parking;

import course.grader.harness.Neutral;
import course.grader.harness.ThreadRoles;
import course.parking.ParkingLot;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The calls the interleaving check makes on one fresh car park of one spot, and on one of two.
 * Cars try the small one with no patience; one of them stays until another thread calls
 * {@link #open()}, so that the spot is taken while the others look. A stay that finds another car
 * inside throws, and so does a car that sees the spot still taken once every car has left. In the
 * car park of two, two cars are inside at once, so that both change its count together.
 */
public final class ParkingOperations {

    private final ParkingLot lot = new ParkingLot(1);
    private final ParkingLot pair = new ParkingLot(2);
    private final AtomicInteger inside = new AtomicInteger();
    private final AtomicInteger insidePair = new AtomicInteger();
    private volatile boolean open;

    /** A car with no patience that, if it parks, stays until {@link #open()}. */
    @Operation
    public void parkUntilOpen() throws InterruptedException {
        ThreadRoles.neutralizeCurrent();
        lot.tryPark(new Stay(inside, 1, true), Duration.ZERO);
    }

    /** A car with no patience and a stay of no time. */
    @Operation
    public void parkNow() throws InterruptedException {
        ThreadRoles.neutralizeCurrent();
        lot.tryPark(new Stay(inside, 1, false), Duration.ZERO);
    }

    /** Lets the car that stays until now leave. */
    @Operation
    public void open() {
        ThreadRoles.neutralizeCurrent();
        open = true;
    }

    /** A car that parks in the car park of two, with a stay of no time. */
    @Operation
    public void parkInPair() throws InterruptedException {
        ThreadRoles.neutralizeCurrent();
        pair.park(new Stay(insidePair, 2, false));
    }

    /** The free spots of the car park of two, asked once every car has left. */
    @Operation
    public int pairFreeSpots() {
        ThreadRoles.neutralizeCurrent();
        return pair.freeSpots();
    }

    /** The free spots, asked once every car has left. */
    @Operation
    public int freeSpots() {
        ThreadRoles.neutralizeCurrent();
        return lot.freeSpots();
    }

    /**
     * A car's stay: counts the cars inside its car park, and waits for {@link #open()} if it must.
     * A class of its own, not a lambda, whose name says nothing of the check ({@link Neutral}).
     */
    private final class Stay implements Runnable {

        private final AtomicInteger insideItsCarPark;
        private final int spots;
        private final boolean untilOpen;

        Stay(AtomicInteger insideItsCarPark, int spots, boolean untilOpen) {
            this.insideItsCarPark = insideItsCarPark;
            this.spots = spots;
            this.untilOpen = untilOpen;
        }

        @Override
        public void run() {
            if (insideItsCarPark.incrementAndGet() > spots) {
                throw new IllegalStateException("more cars than spots in a car park of " + spots);
            }
            try {
                while (untilOpen && !open) {
                    Thread.onSpinWait();
                }
            } finally {
                insideItsCarPark.decrementAndGet();
            }
        }

        @Override
        public String toString() {
            return Neutral.nameOf(Runnable.class, this);
        }
    }
}
