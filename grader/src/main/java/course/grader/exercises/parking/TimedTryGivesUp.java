package course.grader.exercises.parking;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.LongestTimeout;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WaitingThreads;
import course.grader.harness.WorkerFailedException;
import course.parking.ParkingLot;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * With the only spot taken, four cars with 300 ms of patience, calling at once, each give up after
 * about 300 ms without parking, and together, and one with 400 µs waits at least its 400 µs (a
 * patience counted in whole milliseconds rounds it to nothing), one with −5 ms gives up without an
 * exception; a car with the longest patience ({@link LongestTimeout}) waits, and parks once the
 * spot frees. Each tryPark runs in a thread of its own: one that waits without a time limit is
 * found asleep with nobody to wake it within about 2 s.
 */
@CheckInfo(id = "timed-try-gives-up", kind = CheckKind.FUNCTIONAL, points = 2, requires = "fills-up",
        title = "tryPark gives up after its patience when the car park is full, and parks when it is not")
public final class TimedTryGivesUp implements CheckBody {

    private static final Duration PATIENCE = Duration.ofMillis(300);
    /** How early a timed wait may end: timers round, the clock ticks. */
    private static final Duration EARLY = Duration.ofMillis(20);
    private static final Duration LATE = Duration.ofSeconds(3);
    /**
     * Under a millisecond (what a patience turned into whole milliseconds loses), and less than
     * zero, which only looks, as zero does.
     */
    private static final List<Duration> TINY_PATIENCES = List.of(Duration.ofNanos(400_000), Duration.ofMillis(-5));
    /** Cars that try at once: each must wait out its own patience, beside the others, not after them. */
    private static final int CARS = 4;
    /**
     * How far apart cars that called at once may give up: far less than one patience more, which is
     * what a car that waits behind another's patience adds.
     */
    private static final Duration SPREAD = PATIENCE.multipliedBy(3).dividedBy(2);

    @Override
    public void run(CheckContext context) throws Exception {
        ParkingLot lot = new ParkingLot(1);
        try (Occupants occupant = Occupants.fill(lot, 1)) {
            List<TimedCar> cars = IntStream.range(0, CARS).mapToObj(index -> TimedCar.start(lot, PATIENCE, () -> { }))
                    .toList();
            for (TimedCar car : cars) {
                requireGaveUp(car);
            }
            long first = cars.stream().mapToLong(car -> car.calledAt() + car.returnedAfter().toNanos()).min().orElseThrow();
            long last = cars.stream().mapToLong(car -> car.calledAt() + car.returnedAfter().toNanos()).max().orElseThrow();
            if (Duration.ofNanos(last - first).compareTo(SPREAD) > 0) {
                throw new CheckFailure(Feedback.expected("the " + CARS + " cars that called tryPark(" + PATIENCE.toMillis()
                                + " ms) at once on a full car park to give up together, after their patience")
                        .observed(String.format(Locale.ROOT, "the last gave up %.0f ms after the first",
                                (last - first) / 1e6))
                        .cause("the cars wait one after another: each holds something (a lock, a monitor) while it waits"
                                + " its patience, so the next car's patience starts only when the one before gives up")
                        .revisit("wait in one step that lets go of the lock while waiting: Condition.awaitNanos, or"
                                + " tryAcquire(patience) on the semaphore; never hold a lock across a wait"));
            }
            for (Duration tiny : TINY_PATIENCES) {
                requireATinyPatienceWaited(lot, tiny);
            }
        }
        requireAPatientCarParksWhenTheSpotFrees(lot);
    }

    /**
     * A car with the longest patience ({@link LongestTimeout}) waits on the full car park, and parks
     * once the spot frees, leaving it free after its stay.
     */
    private static void requireAPatientCarParksWhenTheSpotFrees(ParkingLot lot) throws Exception {
        String call = "tryPark(" + LongestTimeout.NAMED + ")";
        TimedCar patient;
        try (Occupants occupant = Occupants.fill(lot, 1)) {
            patient = TimedCar.start(lot, LongestTimeout.DURATION, () -> { });
            WaitingThreads.untilAsleepIn(patient.thread().threads(), ParkingLot.class, WaitingThreads.FALLING_ASLEEP);
            if (patient.result() != null) {
                throw new CheckFailure(LongestTimeout.gaveUpAtOnce(Feedback.expected(call + " on a full car park to wait"
                                + " until the spot frees")
                        .observed("it returned " + patient.result() + " after " + patient.returnedAfter().toMillis()
                                + " ms, while the spot was still taken")));
            }
        }
        patient.thread().joinSelfContained(LATE);
        if (!patient.result() || !patient.stayed() || lot.freeSpots() != 1) {
            throw new CheckFailure(Feedback.expected("a car waiting in " + call + " to park once the spot frees, and"
                            + " leave it free")
                    .observed("tryPark returned " + patient.result() + ", the stay " + (patient.stayed() ? "ran" : "did not run")
                            + ", " + lot.freeSpots() + " spot(s) free afterwards")
                    .cause("a car that gave up changed the count of spots, or tryPark forgets to release")
                    .revisit("release only what was acquired, always in finally"));
        }
    }

    /** One car of those on the full car park: it gave up, without parking, after about its patience. */
    private static void requireGaveUp(TimedCar car) throws Exception {
        try {
            car.thread().joinSelfContained(PATIENCE.plus(LATE));
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("tryPark to give up after its patience of " + PATIENCE.toMillis()
                            + " ms when the only spot stays taken")
                    .observed("it was still waiting: " + stuck.getMessage())
                    .cause(stuck.isStalled()
                            ? "tryPark waits for a spot without any time limit (acquire() instead of"
                                    + " tryAcquire(patience)): it never gives up"
                            : "tryPark waits far longer than its patience")
                    .revisit("a timed wait: tryAcquire(patience, unit) gives up when the patience runs out"), true);
        }
        if (car.result() || car.stayed()) {
            throw new CheckFailure(Feedback.expected("tryPark to return false, without running the stay, when the"
                            + " only spot stays taken")
                    .observed("it returned " + car.result() + (car.stayed() ? " and ran the stay" : ""))
                    .cause("the car parks without a spot, or the result of the timed acquire is ignored")
                    .revisit("tryAcquire(timeout) returns whether a permit was taken: act on it"));
        }
        Duration waited = car.returnedAfter();
        if (waited.compareTo(PATIENCE.minus(EARLY)) < 0 || waited.compareTo(PATIENCE.plus(LATE)) > 0) {
            throw new CheckFailure(Feedback.expected("tryPark to give up after its patience of " + PATIENCE.toMillis()
                            + " ms")
                    .observed("it gave up after " + waited.toMillis() + " ms")
                    .cause(waited.compareTo(PATIENCE) < 0 ? "it does not wait at all" : "it waits far longer than asked")
                    .revisit("a timed wait: tryAcquire(patience) instead of acquire()"));
        }
    }

    /**
     * tryPark(400 µs) on a full car park: false, after at least its 400 µs; tryPark(−5 ms), a
     * patience of less than zero, which only looks as zero does: false, without an exception.
     */
    private static void requireATinyPatienceWaited(ParkingLot lot, Duration tiny) throws Exception {
        String call = "tryPark(" + (tiny.isNegative() ? tiny.toMillis() + " ms" : tiny.toNanos() / 1000 + " µs") + ")";
        TimedCar hasty = TimedCar.start(lot, tiny, () -> { });
        try {
            hasty.thread().joinSelfContained(LATE);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected(call + " on a full car park to give up at once")
                    .observed("it was still waiting: " + stuck.getMessage())
                    .cause("the patience is counted in whole milliseconds: under one millisecond it rounds down to 0,"
                            + " and wait(0) waits for ever")
                    .revisit("keep the patience in nanoseconds and give up once no time is left"), true);
        } catch (WorkerFailedException threw) {
            throw new CheckFailure(Feedback.expected(call + " on a full car park to return false at once")
                    .observed("it threw " + StudentCode.describe(threw.getCause()))
                    .cause("a patience of zero or less is passed on to a wait that refuses it (Object.wait and"
                            + " Thread.sleep throw for a negative time)")
                    .revisit("a patience of zero or less only looks: take a spot if one is free, else give up"
                            + " without waiting"));
        }
        if (Boolean.FALSE.equals(hasty.result()) && hasty.returnedAfter().compareTo(tiny) < 0) {
            throw new CheckFailure(Feedback.expected(call + " on a full car park to wait its " + tiny.toNanos() / 1000
                            + " µs before it gives up")
                    .observed(String.format(Locale.ROOT, "it gave up after %.0f µs", hasty.returnedAfter().toNanos() / 1e3))
                    .cause("the patience is counted in whole milliseconds (toMillis()): under one millisecond it rounds"
                            + " down to 0, and the car gives up without waiting at all")
                    .revisit("keep the patience in nanoseconds: tryAcquire(patience.toNanos(), TimeUnit.NANOSECONDS)"));
        }
    }
}
