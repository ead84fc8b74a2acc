package course.grader.exercises.parking;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.IdleCpu;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.ThreadsStuckException;
import course.grader.harness.WaitingThreads;
import course.grader.harness.WakeUps;
import course.parking.ParkingLot;
import java.time.Duration;

/**
 * Two cars wait in park() and one in tryPark(5 s) at a full car park for half a second. Their CPU
 * time is compared with a thread blocked in the JDK's CountDownLatch over the same half second,
 * plus a tenth of it: a car that spins on the count of free spots uses most of the wall time. Then
 * the occupant leaves, and a waiting car that was on a clock must be woken by it ({@link WakeUps}).
 * All of it twice: with an occupant that came in by park(), and with one that came in by tryPark(),
 * since each way in has its own way out, and a car park may signal on only one of them.
 */
@CheckInfo(id = "waiting-cars-do-not-spin", kind = CheckKind.FUNCTIONAL, points = 1, requires = "fills-up",
        title = "Cars waiting at a full car park use no more CPU than a thread blocked in a CountDownLatch, and the car"
                + " leaving wakes them, whether it came in by park() or tryPark()")
public final class WaitingCarsDoNotSpin implements CheckBody {

    private static final Duration WINDOW = Duration.ofMillis(500);
    /** One car waits in tryPark, the others in park(): both waits are measured. */
    private static final int WAITING_CARS = 3;
    /** The timed car's patience: far beyond the window, so that it is still waiting when measured. */
    private static final Duration PATIENCE = Duration.ofSeconds(5);
    private static final Duration BOUND = Duration.ofSeconds(5);

    @Override
    public void run(CheckContext context) throws Exception {
        for (Occupants.Way way : Occupants.Way.values()) {
            whileAnOccupantStays(context, way);
        }
    }

    /** Cars wait while one that came in {@code way} occupies the only spot, until it leaves. */
    private static void whileAnOccupantStays(CheckContext context, Occupants.Way way) throws Exception {
        ParkingLot lot = new ParkingLot(1);
        IdleCpu.Measurement cost;
        WakeUps.WakeUp wake;
        ThreadGang waiting;
        try (Occupants occupant = Occupants.fill(lot, 1, way)) {
            waiting = ThreadGang.start("waiting-car", WAITING_CARS, car -> {
                if (car == 0) {
                    lot.tryPark(Neutral.as(Runnable.class, () -> { }), PATIENCE);
                } else {
                    lot.park(Neutral.as(Runnable.class, () -> { }));
                }
            });
            WaitingThreads.untilAsleepIn(waiting.threads(), ParkingLot.class, WaitingThreads.FALLING_ASLEEP);
            cost = IdleCpu.measure(waiting.threads(), WINDOW);
            wake = WakeUps.afterChange(cost, waiting.threads(), occupant::leave);
        }
        try {
            waiting.join(BOUND);
        } catch (ThreadsStuckException stuck) {
            throw new CheckFailure(Feedback.expected("the cars waiting at a full car park to get in once the car that"
                            + " came in by " + way.call() + " has left")
                    .observed("they were still waiting " + BOUND.toSeconds() + " s later: " + stuck.diagnosis())
                    .cause("a car leaving frees its spot but wakes no waiting car: one of the ways out (after park()"
                            + " or after tryPark(), the waiting cars included as they got in and left) sends no signal")
                    .revisit("every way out of the car park gives the spot back and signals, in finally"), true);
        }
        context.measure("waiting car CPU, the occupant in by " + way.call(), cost.mostMillis(), "ms");
        if (cost.spins()) {
            throw new CheckFailure(cost.spinningFeedback("a car waiting for a spot")
                    .cause("a waiting car loops checking for a free spot instead of sleeping until one frees:"
                            + " busy-waiting")
                    .revisit("Semaphore.acquire() (or Condition.await()) blocks the thread until a permit is released"));
        }
        if (wake.late()) {
            throw new CheckFailure(wake.lateFeedback("a waiting car", "a car that came in by " + way.call()
                            + " left and freed its spot")
                    .cause("leaving" + (way == Occupants.Way.TRY_PARK ? " after tryPark()" : "") + " wakes no waiting"
                            + " car: the waiting cars sleep for a while and look for a spot again (polling), so a freed"
                            + " spot waits for their clock")
                    .revisit("Semaphore.acquire() blocks until release(); with a Condition, every way out of the car"
                            + " park calls signal()"));
        }
    }
}
