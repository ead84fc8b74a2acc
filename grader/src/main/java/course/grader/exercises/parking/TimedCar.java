package course.grader.exercises.parking;

import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.parking.ParkingLot;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One car calling {@code tryPark} in a thread of its own, so that a tryPark that never returns
 * blocks that thread, not the check's: what it returned, and when it parked and returned,
 * counted from its call.
 */
final class TimedCar {

    private final AtomicReference<Boolean> result = new AtomicReference<>();
    private final AtomicLong parkedAfterNanos = new AtomicLong(-1);
    private final AtomicLong returnedAfterNanos = new AtomicLong(-1);
    private volatile long calledAt;
    private final ThreadGang car;

    private TimedCar(ParkingLot lot, Duration patience, Runnable stay) {
        car = ThreadGang.start("timed-car", 1, index -> {
            long start = System.nanoTime();
            calledAt = start;
            result.set(lot.tryPark(Neutral.as(Runnable.class, () -> {
                parkedAfterNanos.set(System.nanoTime() - start);
                stay.run();
            }), patience));
            returnedAfterNanos.set(System.nanoTime() - start);
        });
    }

    /** Starts a car that tries to park with {@code patience} and, if it gets in, runs {@code stay}. */
    static TimedCar start(ParkingLot lot, Duration patience, Runnable stay) {
        return new TimedCar(lot, patience, stay);
    }

    /**
     * The {@link System#nanoTime()} just before the car called tryPark, once it has: its patience
     * ends no earlier than this plus the patience.
     */
    long calledAt() {
        return calledAt;
    }

    ThreadGang thread() {
        return car;
    }

    /** What tryPark returned, or null if it has not (yet). */
    Boolean result() {
        return result.get();
    }

    boolean stayed() {
        return parkedAfterNanos.get() >= 0;
    }

    /** How long after its call the car began its stay; only if {@link #stayed()}. */
    Duration parkedAfter() {
        return Duration.ofNanos(parkedAfterNanos.get());
    }

    /** How long after its call tryPark returned; only once {@link #result()} is not null. */
    Duration returnedAfter() {
        return Duration.ofNanos(returnedAfterNanos.get());
    }
}
