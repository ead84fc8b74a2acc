package course.grader.exercises.parking;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.Stopwatch;
import course.grader.harness.ThreadGang;
import course.parking.ParkingLot;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Cars that park and keep their spots until told to leave: how a check makes a car park full. */
final class Occupants implements AutoCloseable {

    private static final Duration BOUND = Duration.ofSeconds(3);
    /** How long an occupant stays at most if the check never tells it to leave. */
    private static final Duration LONGEST_STAY = Duration.ofSeconds(20);

    private final CountDownLatch mayLeave = new CountDownLatch(1);
    /** The {@link System#nanoTime()} at which the occupants leave: a moment already past, unless told another. */
    private volatile long leaveAt = System.nanoTime();
    private final ThreadGang cars;

    /** The way the occupants come in: leaving must free the spot, and wake a waiting car, either way. */
    enum Way {
        PARK("park()"),
        TRY_PARK("tryPark()");

        private final String call;

        Way(String call) {
            this.call = call;
        }

        /** The call, as the feedback names it. */
        String call() {
            return call;
        }
    }

    private Occupants(ParkingLot lot, int count, Way way) throws Exception {
        CountDownLatch parked = new CountDownLatch(count);
        Runnable stay = Neutral.as(Runnable.class, () -> {
            parked.countDown();
            awaitQuietly(mayLeave);
            Stopwatch.waitUntil(leaveAt);
        });
        cars = ThreadGang.start("occupant", count, index -> {
            switch (way) {
                case PARK -> lot.park(stay);
                case TRY_PARK -> lot.tryPark(stay, LONGEST_STAY);
            }
        });
        if (!cars.await(parked, BOUND)) {
            cars.join(BOUND);
            throw new CheckFailure(Feedback.expected(count + " cars to park at once on an empty car park of " + count
                            + " spots")
                    .observed("only " + (count - parked.getCount()) + " of them got in within " + BOUND.toSeconds() + " s")
                    .cause("the car park admits fewer cars than it has spots")
                    .revisit("a semaphore with one permit per spot"), true);
        }
    }

    /** Parks {@code count} cars that stay until {@link #leave()}; returns once they are all inside. */
    static Occupants fill(ParkingLot lot, int count) throws Exception {
        return fill(lot, count, Way.PARK);
    }

    /** Like {@link #fill(ParkingLot, int)}, the cars coming in {@code way}. */
    static Occupants fill(ParkingLot lot, int count, Way way) throws Exception {
        return new Occupants(lot, count, way);
    }

    /** Lets the occupants drive off. */
    void leave() {
        mayLeave.countDown();
    }

    /**
     * Lets the occupants drive off at {@code nanoTime} ({@link System#nanoTime()}), to within a few
     * microseconds: each sleeps until shortly before and then watches the clock. Call it at least a
     * millisecond ahead.
     */
    void leaveAt(long nanoTime) {
        leaveAt = nanoTime;
        mayLeave.countDown();
    }

    /** Lets the occupants drive off and waits until they have. */
    @Override
    public void close() throws Exception {
        leave();
        cars.join(BOUND);
    }

    /** Waits for {@code latch}, at most {@link #LONGEST_STAY}; an interrupt ends the wait and is kept. */
    static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(LONGEST_STAY.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
