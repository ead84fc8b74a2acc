package course.grader.exercises.parking;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import course.grader.harness.ConcurrencyGauge;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
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
            throw new CheckFailure(Feedback.expected("every car to park and leave within " + BOUND.toSeconds() + " s")
                    .observed(stuck.getMessage())
                    .cause("spots are lost: a car that left (or gave up) did not give its spot back, so the barrier"
                            + " never opens again")
                    .revisit("release exactly once for every successful acquire, in a finally block"), true);
        }
        return inside;
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
