package course.grader.exercises.parking;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.SpuriousWakeUps;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WaitingThreads;
import course.parking.ParkingLot;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Timed tries while things happen. First, the only spot stays taken while whatever the car park
 * waits on (its conditions, its monitor) is woken every 10 ms without a spot coming free, as the
 * JDK allows: a car in park() keeps waiting, a car in tryPark(300 ms) gives up after about 300 ms,
 * not at the first wake-up nor never. Then a spot comes free 200 ms into a patience of 2 s: the
 * car parks at once, not at the end of its patience.
 */
@CheckInfo(id = "timed-try-under-traffic", kind = CheckKind.FUNCTIONAL, points = 2, requires = "fills-up",
        title = "tryPark keeps its patience through wake-ups that free no spot, and parks as soon as one frees")
public final class TimedTryUnderTraffic implements CheckBody {

    private static final Duration PATIENCE = Duration.ofMillis(300);
    private static final Duration WAKE_UP_EVERY = Duration.ofMillis(10);
    private static final Duration EARLY = Duration.ofMillis(20);
    private static final Duration LATE = Duration.ofMillis(1500);
    private static final Duration LONG_PATIENCE = Duration.ofSeconds(2);
    private static final Duration DEPARTURE = Duration.ofMillis(200);
    /** How soon after the departure the waiting car must be in: a wake-up, not the end of its patience. */
    private static final Duration PROMPTLY = Duration.ofMillis(1000);

    @Override
    public void run(CheckContext context) throws Exception {
        wakeUpsThatFreeNothing();
        aSpotFreesDuringTheWait();
    }

    private static void wakeUpsThatFreeNothing() throws Exception {
        ParkingLot lot = new ParkingLot(1);
        AtomicBoolean parkedWithoutASpot = new AtomicBoolean();
        ThreadGang waiting;
        try (Occupants occupant = Occupants.fill(lot, 1)) {
            waiting = ThreadGang.start("waiting-car", 1, index -> lot.park(Neutral.as(Runnable.class, () -> parkedWithoutASpot.set(true))));
            WaitingThreads.untilAsleepIn(waiting.threads(), ParkingLot.class, WaitingThreads.FALLING_ASLEEP);
            TimedCar car;
            try (SpuriousWakeUps wakeUps = SpuriousWakeUps.every(WAKE_UP_EVERY, lot)) {
                car = TimedCar.start(lot, PATIENCE, () -> { });
                try {
                    car.thread().join(PATIENCE.plus(LATE));
                } catch (ThreadsStuckException stuck) {
                    throw new CheckFailure(expectation()
                            .observed("tryPark was still waiting " + LATE.toMillis() + " ms after its patience had run"
                                    + " out: " + stuck.diagnosis())
                            .cause(car.thread().threads().get(0).getState() == Thread.State.WAITING
                                    ? "tryPark waits for a spot without any time limit: it never gives up"
                                    : "each wake-up starts the whole patience again: the car waits for the full"
                                            + " patience after every wake-up instead of for the time left")
                            .revisit("awaitNanos returns the time left: wait for that, in a loop, and give up at zero"
                                    + " (or compute a deadline once)"), true);
                }
            }
            if (car.stayed() || parkedWithoutASpot.get()) {
                throw new CheckFailure(expectation()
                        .observed((car.stayed() ? "the car in tryPark" : "the car in park()")
                                + " parked and ran its stay while the only spot was taken")
                        .cause("a car woken without a free spot parks anyway: it waits with if instead of while, so it"
                                + " does not look again after waking")
                        .revisit("guarded waits: while (no spot free) await(); a wake-up is only a hint"));
            }
            Duration waited = car.returnedAfter();
            if (waited.compareTo(PATIENCE.minus(EARLY)) < 0) {
                throw new CheckFailure(expectation()
                        .observed("it gave up after " + waited.toMillis() + " ms")
                        .cause("the car gives up at the first wake-up, though its patience had not run out")
                        .revisit("loop until a spot is free or the time left reaches zero"));
            }
        }
        waiting.join(LATE);
    }

    private static void aSpotFreesDuringTheWait() throws Exception {
        ParkingLot lot = new ParkingLot(1);
        TimedCar car;
        try (Occupants occupant = Occupants.fill(lot, 1)) {
            car = TimedCar.start(lot, LONG_PATIENCE, () -> { });
            Thread.sleep(DEPARTURE);
            occupant.leave();
            try {
                car.thread().join(LONG_PATIENCE.plus(LATE));
            } catch (ThreadsStuckException stuck) {
                throw new CheckFailure(promptly().observed("it was still waiting after its whole patience: "
                                + stuck.diagnosis())
                        .cause("a car that sees the spot come free is not woken, or waits for it without a limit")
                        .revisit("a departure releases the spot and wakes a waiting car"), true);
            }
        }
        Duration parkedAfter = car.parkedAfter();
        if (!car.stayed() || parkedAfter.compareTo(DEPARTURE.plus(PROMPTLY)) > 0) {
            throw new CheckFailure(promptly()
                    .observed(car.stayed() ? "it parked only " + parkedAfter.toMillis() + " ms after its call"
                            : "it returned " + car.result() + " without parking")
                    .cause(car.stayed() ? "the car sleeps through its patience and only then looks for a spot, instead"
                            + " of waiting to be woken when one frees" : "the spot that came free was not given to it")
                    .revisit("tryAcquire(patience) returns as soon as a permit is released"));
        }
    }

    private static Feedback.Builder expectation() {
        return Feedback.expected("while the only spot stays taken and the car park is woken every "
                + WAKE_UP_EVERY.toMillis() + " ms without a spot coming free: no car parks, and tryPark("
                + PATIENCE.toMillis() + " ms) gives up after about " + PATIENCE.toMillis() + " ms");
    }

    private static Feedback.Builder promptly() {
        return Feedback.expected("a car with " + LONG_PATIENCE.toSeconds() + " s of patience to park as soon as the"
                + " spot frees, " + DEPARTURE.toMillis() + " ms into its wait");
    }
}
