package course.grader.exercises.parking;

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
        lot.tryPark(() -> stay(() -> {
            while (!open) {
                Thread.onSpinWait();
            }
        }), Duration.ZERO);
    }

    /** A car with no patience and a stay of no time. */
    @Operation
    public void parkNow() throws InterruptedException {
        lot.tryPark(() -> stay(() -> { }), Duration.ZERO);
    }

    /** Lets the car that stays until now leave. */
    @Operation
    public void open() {
        open = true;
    }

    /** The free spots, asked once every car has left. */
    @Operation
    public int freeSpots() {
        return lot.freeSpots();
    }

    private void stay(Runnable business) {
        if (inside.incrementAndGet() > 1) {
            throw new IllegalStateException("two cars in a car park of one spot");
        }
        try {
            business.run();
        } finally {
            inside.decrementAndGet();
        }
    }
}
