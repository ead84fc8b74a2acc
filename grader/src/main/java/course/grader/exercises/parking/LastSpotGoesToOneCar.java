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
import course.grader.harness.ThreadsStuckException;
import course.parking.ParkingLot;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Six impatient cars race for the one spot of a car park, round after round: exactly one parks, and
 * stays until every other car has given up, so that the spot is taken for the whole race. Most
 * rounds start on an empty car park with a patience of 0 or 1 ms; every {@value #FREED_EVERY}th
 * starts full, and the spot frees {@link #DEPARTURE} into the cars' patience of {@link #PATIENCE}, so
 * that several waiting cars see it free at once. A car that looked, saw the spot free and then waits
 * for it (check, then act) neither parks nor gives up: the race stalls, and is found so within
 * about 2 s.
 */
@CheckInfo(id = "last-spot-goes-to-one-car", kind = CheckKind.STRESS, points = 2, requires = "fills-up",
        title = "6 impatient cars racing for the last spot: exactly one parks, the others give up in time")
public final class LastSpotGoesToOneCar implements CheckBody {

    private static final int CARS = 6;
    private static final int ROUNDS = 100;
    private static final int FREED_EVERY = 10;
    private static final Duration PATIENCE = Duration.ofMillis(40);
    /** The patience of the rounds that start empty, taken in turn: none at all, and one millisecond. */
    private static final List<Duration> SHORT_PATIENCES = List.of(Duration.ZERO, Duration.ofMillis(1));
    private static final Duration DEPARTURE = Duration.ofMillis(10);
    private static final Duration BOUND = Duration.ofSeconds(10);

    @Override
    public void run(CheckContext context) throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            ParkingLot lot = new ParkingLot(1);
            boolean freedDuringTheWait = round % FREED_EVERY == 0;
            Duration patience = freedDuringTheWait ? PATIENCE : SHORT_PATIENCES.get(round % SHORT_PATIENCES.size());
            Occupants occupant = freedDuringTheWait ? Occupants.fill(lot, 1) : null;
            Race race = new Race(lot, patience);
            long freedAt = Long.MIN_VALUE;
            if (occupant != null) {
                Thread.sleep(DEPARTURE);
                occupant.close();
                freedAt = System.nanoTime();
            }
            race.finish(round);
            if (race.parked.get() == 0 && !race.couldHaveParked(freedAt)) {
                continue;
            }
            if (race.parked.get() != 1 || race.inside.most() > 1 || lot.freeSpots() != 1) {
                throw new CheckFailure(expectation(patience)
                        .observed(race.parked.get() + " cars parked, at most " + race.inside.most() + " inside at once, "
                                + lot.freeSpots() + " spot(s) free afterwards (round " + round + ")")
                        .cause(race.parked.get() > 1
                                ? "several cars got in on the last spot: a car woken when it freed took it without"
                                        + " looking again (if instead of while), a car that could not take it stayed"
                                        + " anyway, or the free spots are checked and then taken in two steps"
                                : race.parked.get() == 0 ? "no car got the free spot: the cars give up without trying"
                                : "the race changed the number of spots")
                        .revisit("the semaphore's tryAcquire checks and takes a permit in one atomic step"));
            }
        }
    }

    /** The six cars of one round; a car that parks stays until every car has parked or given up. */
    private static final class Race {

        final ConcurrencyGauge inside = new ConcurrencyGauge();
        final AtomicInteger parked = new AtomicInteger();
        /** When the last car called tryPark: the wait that ends last, if none of the cars parks. */
        private final AtomicLong lastCall = new AtomicLong(Long.MIN_VALUE);
        private final CountDownLatch decided = new CountDownLatch(CARS);
        private final Duration patience;
        private final ThreadGang cars;

        Race(ParkingLot lot, Duration patience) {
            this.patience = patience;
            cars = ThreadGang.start("impatient-car", CARS, car -> {
                lastCall.accumulateAndGet(System.nanoTime(), Math::max);
                if (!lot.tryPark(Neutral.as(Runnable.class, this::stayUntilAllDecided), patience)) {
                    decided.countDown();
                }
            });
        }

        /**
         * Whether a car should have got a spot freed at {@code freedAt}: it was freed within the first
         * half of the last car's patience. A machine so loaded that the departure came later decides
         * nothing, and the round does not count.
         */
        boolean couldHaveParked(long freedAt) {
            return freedAt == Long.MIN_VALUE || freedAt - lastCall.get() < patience.dividedBy(2).toNanos();
        }

        private void stayUntilAllDecided() {
            inside.enter();
            parked.incrementAndGet();
            decided.countDown();
            try {
                decided.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                inside.exit();
            }
        }

        void finish(int round) throws Exception {
            try {
                cars.joinSelfContained(BOUND);
            } catch (ThreadsStuckException stuck) {
                throw new CheckFailure(expectation(patience)
                        .observed(decided.getCount() + " of " + CARS + " cars neither parked nor gave up (round " + round
                                + "): " + stuck.getMessage())
                        .cause("a car that could not park at once waits for the spot without a limit: it waits with"
                                + " acquire() rather than tryAcquire(patience), or it looked, saw the spot free, and"
                                + " then waited for it while another car took it (check, then act)")
                        .revisit("one atomic step decides: tryAcquire(patience) takes the spot or gives up"), true);
            }
        }
    }

    private static Feedback.Builder expectation(Duration patience) {
        return Feedback.expected("exactly one of " + CARS + " cars racing for the only spot to park, and the others to"
                + " give up after their patience of " + patience.toMillis() + " ms");
    }
}
