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
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * Every waiting car is woken by a spot of its own, whichever way it waits. On a full car park of
 * two spots, held by one car that parked twice, one car waits in {@code park()} and one in
 * {@code tryPark} with a long patience (which of them comes first alternates); the occupant frees
 * both spots back to back. Each waiting
 * car must then park within a fraction of the patience: a car park that sends both wake-ups to
 * the same car, or to a car that has already been woken (a count of waiting cars that is lowered
 * only once the woken car runs), leaves the other beside a free spot — in {@code tryPark} until its
 * patience ends, in {@code park()} for ever.
 */
@CheckInfo(id = "spots-freed-together-reach-every-waiting-car", kind = CheckKind.STRESS, points = 2,
        requires = "fills-up",
        title = "Two spots freed at once reach both waiting cars, the one in park() and the one in tryPark()")
public final class SpotsFreedTogether implements CheckBody {

    private static final int ROUNDS = 12;
    /** Far longer than parking takes, so that a car that parks only when its patience ends is told from one woken. */
    private static final Duration PATIENCE = Duration.ofSeconds(2);
    /** How long each waiting car may take to park once both spots are free: microseconds on a correct car park. */
    private static final Duration PARKS_WITHIN = Duration.ofMillis(500);
    private static final Duration SEEN_ASLEEP_WITHIN = Duration.ofMillis(500);
    private static final Duration BOUND = Duration.ofSeconds(3);

    @Override
    public void run(CheckContext context) throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            playRound(round, round % 2 == 0);
        }
    }

    private static void playRound(int round, boolean timedCarFirst) throws Exception {
        ParkingLot lot = new ParkingLot(2);
        CountDownLatch waitingCarParked = new CountDownLatch(1);
        CountDownLatch timedCarParked = new CountDownLatch(1);
        CountDownLatch roundOver = new CountDownLatch(1);
        try (TwoSpotCar occupant = TwoSpotCar.parkIn(lot)) {
            TimedCar timed = null;
            ThreadGang waiting = null;
            for (boolean timedNow : List.of(timedCarFirst, !timedCarFirst)) {
                if (timedNow) {
                    timed = TimedCar.start(lot, PATIENCE, () -> stayUntil(timedCarParked, roundOver));
                    WaitingThreads.untilAsleepIn(timed.thread().threads(), ParkingLot.class, SEEN_ASLEEP_WITHIN);
                } else {
                    waiting = ThreadGang.start("waiting-car", 1,
                            index -> lot.park(Neutral.as(Runnable.class, () -> stayUntil(waitingCarParked, roundOver))));
                    WaitingThreads.untilAsleepIn(waiting.threads(), ParkingLot.class, SEEN_ASLEEP_WITHIN);
                }
            }
            occupant.leave();
            boolean waitingCarIn = waiting.await(waitingCarParked, PARKS_WITHIN);
            boolean timedCarIn = timed.thread().await(timedCarParked, PARKS_WITHIN);
            if (!waitingCarIn || !timedCarIn) {
                int free = lot.freeSpots();
                Stream.concat(waiting.threads().stream(), timed.thread().threads().stream()).forEach(Thread::interrupt);
                throw new CheckFailure(stranded(round, timedCarFirst, waitingCarIn, timedCarIn, free), true);
            }
            roundOver.countDown();
            timed.thread().join(BOUND);
            waiting.join(BOUND);
        }
    }

    /**
     * A stay that keeps the spot until the round is over: a car that left at once would free a spot
     * and wake the other car itself.
     */
    private static void stayUntil(CountDownLatch parked, CountDownLatch roundOver) {
        parked.countDown();
        Occupants.awaitQuietly(roundOver);
    }

    /**
     * One car that holds both spots — it parks, and parks again during its stay — and, told to
     * leave, frees them back to back in one thread: the second departure comes microseconds after
     * the first, before the car the first one woke can have run.
     */
    private static final class TwoSpotCar implements AutoCloseable {

        private final CountDownLatch mayLeave = new CountDownLatch(1);
        private final ThreadGang car;

        private TwoSpotCar(ParkingLot lot) throws Exception {
            CountDownLatch holdsBoth = new CountDownLatch(1);
            Runnable inner = Neutral.as(Runnable.class, () -> {
                holdsBoth.countDown();
                Occupants.awaitQuietly(mayLeave);
            });
            car = ThreadGang.start("occupant", 1, index -> lot.park(Neutral.as(Runnable.class, () -> {
                try {
                    lot.park(inner);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            })));
            if (!car.await(holdsBoth, BOUND)) {
                car.join(BOUND);
                throw new CheckFailure(Feedback.expected("a car that has parked to park again during its stay, on a car"
                                + " park of 2 spots with the other spot free")
                        .observed("its second park() did not get in within " + BOUND.toSeconds() + " s")
                        .cause("the car park admits fewer cars than it has spots, or keeps a lock during the stay")
                        .revisit("a semaphore with one permit per spot; release the lock before the stay"), true);
            }
        }

        static TwoSpotCar parkIn(ParkingLot lot) throws Exception {
            return new TwoSpotCar(lot);
        }

        void leave() {
            mayLeave.countDown();
        }

        @Override
        public void close() throws Exception {
            leave();
            car.join(BOUND);
        }
    }

    private static Feedback stranded(int round, boolean timedCarFirst, boolean waitingCarIn, boolean timedCarIn,
                                     int free) {
        String waitingOne = "the car in park()";
        String timedOne = "the car in tryPark(" + PATIENCE.toSeconds() + " s)";
        String left = !timedCarIn && !waitingCarIn ? "both waiting cars were" : (timedCarIn ? waitingOne : timedOne) + " was";
        return Feedback.expected("both waiting cars — " + waitingOne + " and " + timedOne + " — to park within "
                        + PARKS_WITHIN.toMillis() + " ms once both spots of a car park of 2 are freed back to back")
                .observed("in round " + round + " of " + ROUNDS + " (" + (timedCarFirst ? timedOne : waitingOne)
                        + " waiting first), " + left + " still waiting " + PARKS_WITHIN.toMillis() + " ms after both spots"
                        + " freed, and freeSpots() was " + free)
                .cause(free > 0
                        ? "two departures back to back woke the same car twice (or a car already woken) and the other"
                                + " was never told that a spot was free: a lost wake-up (for example, a count of waiting cars"
                                + " that a woken car lowers only once it runs still counts it when the second spot frees)"
                        : "a departure frees no spot, or the waiting car does not take the spot it was woken for")
                .revisit("lost wake-ups: every freed spot must wake a car that has not been woken yet, whichever way it"
                        + " waits — wake all waiting cars (signalAll()), or count a car as woken when it is signalled");
    }
}
