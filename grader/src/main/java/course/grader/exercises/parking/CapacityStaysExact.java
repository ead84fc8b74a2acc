package course.grader.exercises.parking;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ConcurrencyGauge;
import course.grader.harness.Neutral;
import course.grader.harness.ThreadGang;
import course.grader.harness.WaitingThreads;
import course.parking.ParkingLot;
import java.time.Duration;

/**
 * Cars that park and cars that give up, many times over, on a small car park: afterwards it has
 * exactly its spots again, no more (spots made up by cars that never had one) and no fewer (spots
 * never given back). A count of free spots kept beside the semaphore and changed without a lock
 * loses changes only when two cars change it in the same moment, which many threads provoke
 * rarely and never for sure: the interleaving check ({@link EverySchedule}) decides that one.
 */
@CheckInfo(id = "capacity-stays-exact", kind = CheckKind.STRESS, points = 2, requires = "fills-up",
        title = "After " + CapacityStaysExact.CARS + " cars × " + CapacityStaysExact.VISITS + " parks and impatient tries on "
                + CapacityStaysExact.SPOTS + " spots, exactly " + CapacityStaysExact.SPOTS + " spots are free, and none"
                + " while cars wait at a full car park")
public final class CapacityStaysExact implements CheckBody {

    /** Fewer spots than cars, so that cars wait, give up and come back, on every visit. */
    static final int SPOTS = 3;
    static final int CARS = 8;
    static final int VISITS = 200;
    /** The patience of an impatient try that waits at all: a fraction of a millisecond, so that many give up. */
    private static final Duration SHORT_PATIENCE = Duration.ofNanos(200_000);
    /** Every third impatient try has no patience at all. */
    private static final int NO_PATIENCE_EVERY = 3;
    /** Cars waiting at a full car park while freeSpots() is read. */
    private static final int QUEUED = 2;
    private static final Duration QUEUED_ASLEEP_WITHIN = Duration.ofSeconds(2);
    private static final Duration LOOK_EVERY = Duration.ofMillis(1);

    @Override
    public void run(CheckContext context) throws Exception {
        ParkingLot lot = new ParkingLot(SPOTS);
        ConcurrencyGauge inside = Arrivals.visit(lot, CARS, VISITS, Duration.ZERO, (parking, stay, car, round) -> {
            if ((car + round) % 2 == 0) {
                parking.park(stay);
            } else {
                parking.tryPark(stay, round % NO_PATIENCE_EVERY == 0 ? Duration.ZERO : SHORT_PATIENCE);
            }
        });
        int free = lot.freeSpots();
        if (free != SPOTS || inside.most() > SPOTS) {
            throw new CheckFailure(Feedback.expected(SPOTS + " free spots after every car has left, and never more than "
                            + SPOTS + " cars inside")
                    .observed(free + " free spots; at most " + inside.most() + " cars inside at once")
                    .cause(cause(free, inside.most()))
                    .revisit("release exactly once for every successful acquire — never after a failed tryAcquire"));
        }
        requireNoneFreeWhileCarsWait();
    }

    /** A full car park of one spot with {@value #QUEUED} cars waiting at it: none is free, not fewer than none. */
    private static void requireNoneFreeWhileCarsWait() throws Exception {
        ParkingLot lot = new ParkingLot(1);
        try (Occupants occupant = Occupants.fill(lot, 1)) {
            Runnable stay = Neutral.as(Runnable.class, () -> { });
            ThreadGang queued = ThreadGang.start("queued-car", QUEUED, index -> lot.park(stay));
            WaitingThreads.untilAsleepIn(queued.threads(), ParkingLot.class, QUEUED_ASLEEP_WITHIN, LOOK_EVERY);
            int free = lot.freeSpots();
            occupant.leave();
            queued.join(Duration.ofSeconds(3));
            if (free != 0) {
                throw new CheckFailure(Feedback.expected("freeSpots() to be 0 on a car park of 1 spot with a car inside and "
                                + QUEUED + " waiting")
                        .observed("it was " + free)
                        .cause("freeSpots() counts something besides the spots (the cars waiting for one, say): the"
                                + " free spots of a full car park are none, however many cars queue")
                        .revisit("freeSpots() reads the one count the cars take from and give back to"));
            }
        }
    }

    /** What the count of free spots and of cars inside show, over-admission first: it is what the student sees go wrong. */
    private static String cause(int free, int mostInside) {
        if (mostInside > SPOTS) {
            return free > SPOTS
                    ? "cars that gave up gave back a spot they never had, so the car park grew and let in more cars"
                            + " than it has spots"
                    : mostInside + " cars were inside a car park of " + SPOTS + " spots at once: cars got in without"
                            + " taking a spot (a car whose tryPark gave up still ran its stay, or the count of spots is"
                            + " checked and changed in two steps)";
        }
        return free > SPOTS
                ? "cars that gave up gave back a spot they never had, so the car park grows"
                : "some cars left without giving their spot back, so the car park shrinks";
    }
}
