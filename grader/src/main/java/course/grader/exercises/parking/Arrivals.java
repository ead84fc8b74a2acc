package course.grader.exercises.parking;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import course.grader.harness.ConcurrencyGauge;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WorkerFailedException;
import course.parking.ParkingLot;
import java.time.Duration;

/** Cars arriving together at a car park; each stay is counted by a gauge of the cars inside. */
final class Arrivals {

    /** What a car does at each of its visits. */
    @FunctionalInterface
    interface Visit {
        void make(ParkingLot lot, Runnable stay, int car, int round) throws Exception;
    }

    private static final Duration BOUND = Duration.ofSeconds(20);
    /** For freeSpots() on a car park whose cars are stuck: an answer takes microseconds, or never comes. */
    private static final Duration FREE_SPOTS_BOUND = Duration.ofMillis(500);

    private Arrivals() {
    }

    /** {@code cars} cars each park {@code rounds} times, staying {@code stay}; returns the gauge of cars inside. */
    static ConcurrencyGauge park(ParkingLot lot, int cars, int rounds, Duration stay) throws Exception {
        return visit(lot, cars, rounds, stay, (parking, visit, car, round) -> parking.park(visit));
    }

    static ConcurrencyGauge visit(ParkingLot lot, int cars, int rounds, Duration stay, Visit visit) throws Exception {
        ConcurrencyGauge inside = new ConcurrencyGauge();
        Runnable staying = Neutral.as(Runnable.class, () -> {
            inside.enter();
            try {
                pause(stay);
            } finally {
                inside.exit();
            }
        });
        try {
            ThreadGang.start("car", cars, car -> {
                for (int round = 0; round < rounds; round++) {
                    visit.make(lot, staying, car, round);
                }
            }).joinSelfContained(BOUND);
        } catch (ThreadsStuckException stuck) {
            int free = freeSpotsWhileStuck(lot);
            throw new CheckFailure(Feedback.expected("every car to park and leave within " + BOUND.toSeconds() + " s")
                    .observed(stuck.getMessage() + (free > 0 ? "; meanwhile freeSpots() said " + free : ""))
                    .cause(free > 0
                            ? "cars wait beside free spots: a car that left gave its spot back but woke nobody, or"
                                    + " not every car that could go (a notify only in some cases, or one notify() or"
                                    + " signal() where two cars left together)"
                            : "spots are lost: a car that left (or gave up) did not give its spot back, so the barrier"
                                    + " never opens again")
                    .revisit(free > 0 ? "every change that can let a waiting car in signals: notifyAll() or signalAll()"
                            + " each time a spot is freed" : "release exactly once for every successful acquire, in a"
                            + " finally block"), true);
        }
        return inside;
    }

    /** freeSpots() of a car park whose cars are stuck, asked on a thread of its own; 0 if it does not answer. */
    private static int freeSpotsWhileStuck(ParkingLot lot) throws InterruptedException {
        int[] free = new int[1];
        try {
            Throwable thrown = ThreadGang.exceptionFrom("spot-counter", index -> free[0] = lot.freeSpots(), FREE_SPOTS_BOUND);
            return thrown == null ? free[0] : 0;
        } catch (ThreadsStuckException | WorkerFailedException unanswered) {
            return 0;
        }
    }

    static void pause(Duration stay) {
        if (stay.isZero()) {
            Thread.yield();
            return;
        }
        try {
            Thread.sleep(stay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
