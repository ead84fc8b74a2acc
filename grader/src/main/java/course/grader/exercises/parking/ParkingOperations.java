package course.grader.exercises.parking;

import course.grader.harness.Neutral;
import course.grader.harness.ThreadRoles;
import course.parking.ParkingLot;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The calls the interleaving check makes on one fresh car park of one spot. Cars try with no
 * patience; one of them stays until another thread calls {@link #open()}, so that the spot is
 * taken while the others look. A stay that finds another car inside throws, and so does a car
 * that sees the spot still taken once every car has left.
 */
public final class ParkingOperations {

    private final ParkingLot lot = new ParkingLot(1);
    private final AtomicInteger inside = new AtomicInteger();
    private volatile boolean open;

    /** A car with no patience that, if it parks, stays until {@link #open()}. */
    @Operation
    public void parkUntilOpen() throws InterruptedException {
        ThreadRoles.neutralizeCurrent();
        lot.tryPark(new Stay(true), Duration.ZERO);
    }

    /** A car with no patience and a stay of no time. */
    @Operation
    public void parkNow() throws InterruptedException {
        ThreadRoles.neutralizeCurrent();
        lot.tryPark(new Stay(false), Duration.ZERO);
    }

    /** Lets the car that stays until now leave. */
    @Operation
    public void open() {
        ThreadRoles.neutralizeCurrent();
        open = true;
    }

    /** The free spots, asked once every car has left. */
    @Operation
    public int freeSpots() {
        ThreadRoles.neutralizeCurrent();
        return lot.freeSpots();
    }

    /**
     * A car's stay: counts the cars inside, and waits for {@link #open()} if it must. A class of its
     * own, not a lambda, whose name says nothing of the check ({@link Neutral}).
     */
    private final class Stay implements Runnable {

        private final boolean untilOpen;

        Stay(boolean untilOpen) {
            this.untilOpen = untilOpen;
        }

        @Override
        public void run() {
            if (inside.incrementAndGet() > 1) {
                throw new IllegalStateException("two cars in a car park of one spot");
            }
            try {
                while (untilOpen && !open) {
                    Thread.onSpinWait();
                }
            } finally {
                inside.decrementAndGet();
            }
        }

        @Override
        public String toString() {
            return Neutral.nameOf(Runnable.class, this);
        }
    }
}
