package course.grader.exercises.parking;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WaitingThreads;
import course.parking.ParkingLot;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A car waiting in park() at a full car park is interrupted, then (on another) one waiting in
 * tryPark(20 s). Each
 * ends with InterruptedException without having parked, and the car park is exactly as before: no
 * spot gained (a release in a finally that also covers the acquire), none lost. Afterwards it
 * still holds exactly as many cars as it has spots.
 */
@CheckInfo(id = "interrupted-car-leaves-no-trace", kind = CheckKind.FUNCTIONAL, points = 2, requires = "fills-up",
        title = "A car interrupted while waiting for a spot throws InterruptedException; no spot is gained or lost")
public final class InterruptedCarLeavesNoTrace implements CheckBody {

    private static final int SPOTS = 1;
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static final Duration BOUND = Duration.ofSeconds(2);
    /** Cars that visit the car park afterwards, to see whether it has shrunk or grown: more cars than spots. */
    private static final int AFTERWARDS_CARS = 3;
    private static final int AFTERWARDS_VISITS = 3;
    private static final Duration AFTERWARDS_STAY = Duration.ofMillis(2);
    private static final String[] HOW = {"park()", "tryPark(20 s)"};
    private static final String THREW = "threw InterruptedException";

    @Override
    public void run(CheckContext context) throws Exception {
        for (int car = 0; car < HOW.length; car++) {
            interrupted(car);
        }
    }

    /** One car, waiting the way {@code HOW[how]} says at a full car park, is interrupted. */
    private static void interrupted(int how) throws Exception {
        ParkingLot lot = new ParkingLot(SPOTS);
        AtomicReference<String> outcome = new AtomicReference<>();
        try (Occupants occupant = Occupants.fill(lot, SPOTS)) {
            ThreadGang waiting = ThreadGang.start("waiting-car", 1, car -> {
                Runnable stay = Neutral.as(Runnable.class, () -> outcome.set("parked and ran its stay"));
                try {
                    boolean parked = true;
                    if (how == 0) {
                        lot.park(stay);
                    } else {
                        parked = lot.tryPark(stay, PATIENCE);
                    }
                    outcome.compareAndSet(null, "returned " + (how == 0 ? "normally" : parked));
                } catch (InterruptedException expected) {
                    outcome.compareAndSet(null, THREW);
                }
            });
            WaitingThreads.untilAsleepIn(waiting.threads(), ParkingLot.class, BOUND);
            waiting.threads().forEach(Thread::interrupt);
            try {
                waiting.join(BOUND);
            } catch (ThreadsStuckException stuck) {
                throw new CheckFailure(Feedback.expected("a car interrupted in " + HOW[how] + " while waiting for a spot"
                                + " to stop waiting and throw InterruptedException")
                        .observed("it was still waiting " + BOUND.toSeconds() + " s after the interrupt: " + stuck.getMessage())
                        .cause("the interrupt is ignored: acquireUninterruptibly(), or InterruptedException caught and"
                                + " the wait resumed")
                        .revisit("acquire() throws InterruptedException: let it propagate (the car never parked)"), true);
            }
            if (!THREW.equals(outcome.get())) {
                throw new CheckFailure(Feedback.expected("a car interrupted in " + HOW[how] + " at a full car park to"
                                + " throw InterruptedException without parking")
                        .observed("it " + outcome.get())
                        .cause("the InterruptedException is caught and the car goes on as if it had a spot, or gives up"
                                + " quietly")
                        .revisit("let InterruptedException propagate from a blocking method; a car that was"
                                + " interrupted never parked"));
            }
            if (lot.freeSpots() != 0) {
                throw noTrace(how, lot.freeSpots() + " free spot(s) while the occupant was still inside",
                        "the interrupted car gave back a spot it never had: the release sits in a finally that also"
                                + " covers the acquire, so it runs when the acquire throws");
            }
        }
        int free = lot.freeSpots();
        int mostInside = Arrivals.park(lot, AFTERWARDS_CARS, AFTERWARDS_VISITS, AFTERWARDS_STAY).most();
        if (free != SPOTS || mostInside > SPOTS) {
            throw noTrace(how, free + " free spot(s) once the occupant had left; then " + mostInside
                            + " cars were inside at once",
                    free < SPOTS ? "the interrupted car took a spot and never gave it back"
                            : "the interrupted car gave back a spot it never had, so the car park grew");
        }
    }

    private static CheckFailure noTrace(int how, String observed, String cause) {
        return new CheckFailure(Feedback.expected("a car interrupted in " + HOW[how] + " to leave the car park exactly"
                        + " as it was: no spot"
                        + " free while the only one is taken, " + SPOTS + " once it is left")
                .observed(observed)
                .cause(cause)
                .revisit("acquire before the try whose finally releases: only a car that got a spot gives one back"));
    }
}
