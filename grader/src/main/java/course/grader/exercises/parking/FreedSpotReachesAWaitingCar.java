package course.grader.exercises.parking;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.WaitingThreads;
import course.parking.ParkingLot;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;

/**
 * A departure must reach a car that waits, whatever the other waiting cars do. On a car park of
 * one taken spot, a car waits in {@code tryPark(5 ms)} and then another in {@code park()}; the
 * spot frees within microseconds of the end of the timed car's patience, at a different moment
 * each round. The timed car may park or give up, as its patience allows; either way the car in
 * {@code park()} must then park. A departure that wakes one car ({@code notify()}, {@code
 * signal()}) often wakes the timed car just as its patience ends: if it then gives up without
 * the spot and without passing the wake-up on, the car in {@code park()} waits beside a free spot
 * for ever. Measured: two such car parks stranded the waiting car in 106 and 103 of 200 rounds;
 * a correct one in none.
 */
@CheckInfo(id = "a-freed-spot-reaches-a-waiting-car", kind = CheckKind.STRESS, points = 2, requires = "fills-up",
        title = "A spot that frees as a timed car's patience ends still reaches the car waiting in park()")
public final class FreedSpotReachesAWaitingCar implements CheckBody {

    private static final int ROUNDS = 100;
    private static final Duration PATIENCE = Duration.ofMillis(5);
    /**
     * The departures sweep this window around the end of the timed car's patience, in {@value #STEPS}
     * steps: a car woken just before its patience ends, or whose timer has fired but that has not yet
     * left the wait, finds its time up once it runs.
     */
    private static final long EARLIEST_DEPARTURE_MICROS = -100;
    private static final long LATEST_DEPARTURE_MICROS = 40;
    private static final int STEPS = 41;
    /** How long the car in park() may take to get in once the spot is free: microseconds on a correct car park. */
    private static final Duration PARKS_WITHIN = Duration.ofMillis(500);
    /** A car that spins is never seen asleep: the round then goes on without knowing the order of the waits. */
    private static final Duration SEEN_ASLEEP_WITHIN = Duration.ofMillis(200);
    /** Fine enough to see both cars asleep well inside the timed car's patience. */
    private static final Duration LOOK_EVERY = Duration.ofNanos(100_000);
    private static final Duration BOUND = Duration.ofSeconds(3);

    @Override
    public void run(CheckContext context) throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            playRound(round, departureMicros(round));
        }
    }

    private static long departureMicros(int round) {
        return EARLIEST_DEPARTURE_MICROS + (round % STEPS) * (LATEST_DEPARTURE_MICROS - EARLIEST_DEPARTURE_MICROS) / (STEPS - 1);
    }

    private static void playRound(int round, long departureMicros) throws Exception {
        ParkingLot lot = new ParkingLot(1);
        CountDownLatch parkedBehind = new CountDownLatch(1);
        try (Occupants occupant = Occupants.fill(lot, 1)) {
            TimedCar timed = TimedCar.start(lot, PATIENCE, () -> { });
            WaitingThreads.untilAsleepIn(timed.thread().threads(), ParkingLot.class, SEEN_ASLEEP_WITHIN, LOOK_EVERY);
            ThreadGang waiting = ThreadGang.start("waiting-car", 1, index -> lot.park(Neutral.as(Runnable.class, parkedBehind::countDown)));
            WaitingThreads.untilAsleepIn(waiting.threads(), ParkingLot.class, SEEN_ASLEEP_WITHIN, LOOK_EVERY);
            occupant.leaveAt(timed.calledAt() + PATIENCE.toNanos() + departureMicros * 1_000);
            if (!waiting.await(parkedBehind, PARKS_WITHIN)) {
                int free = lot.freeSpots();
                Boolean timedParked = timed.stayed() ? Boolean.TRUE : timed.result() == null ? null : Boolean.FALSE;
                waiting.threads().forEach(Thread::interrupt);
                throw new CheckFailure(stranded(round, departureMicros, timedParked, free), true);
            }
            timed.thread().join(BOUND);
            waiting.join(BOUND);
        }
    }

    private static Feedback stranded(int round, long departureMicros, Boolean timedParked, int free) {
        String when = Math.abs(departureMicros) + " µs " + (departureMicros < 0 ? "before" : "after");
        String timedCar = timedParked == null ? "the car in tryPark was still waiting"
                : timedParked ? "the car in tryPark parked and left" : "tryPark gave up and returned false";
        return Feedback.expected("the car waiting in park() to park once the only spot frees, whatever the car waiting"
                        + " beside it in tryPark(" + PATIENCE.toMillis() + " ms) does")
                .observed("in round " + round + " of " + ROUNDS + " the spot freed " + when + " the end of the timed car's"
                        + " patience; " + timedCar + ", and " + PARKS_WITHIN.toMillis() + " ms later the car in park() was"
                        + " still waiting while freeSpots() was " + free)
                .cause(Boolean.FALSE.equals(timedParked) && free > 0
                        ? "the departure woke one waiting car only (notify() or signal()), and it was the timed car: it"
                                + " found its patience over and gave up without taking the spot or passing the wake-up"
                                + " on, so the car in park() was never told that a spot was free: a lost wake-up"
                        : "a departure does not wake the car waiting in park(): a lost wake-up")
                .revisit("lost wake-ups: wake every waiting car when a spot frees (notifyAll() or signalAll()), or pass"
                        + " the wake-up on when a woken car gives up; a car woken with a spot free takes it");
    }
}
