package course.grader.exercises.parking;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.Neutral;
import course.grader.harness.StudentCode;
import course.grader.harness.ThreadGang;
import course.parking.ParkingLot;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Cars whose stays throw still leave, whether they came in through park() or tryPark(): what the
 * stay threw reaches the driver unchanged, and the spot comes back. One stay throws an exception,
 * the other an Error (a failed {@code assert}), which a {@code catch (RuntimeException e)} in place
 * of {@code finally} lets through with the spot kept. And a car whose stay ends with its thread
 * interrupted leaves normally too, its spot given back, the interrupt status kept.
 */
@CheckInfo(id = "spot-returned-when-a-stay-fails", kind = CheckKind.FUNCTIONAL, points = 2, requires = "fills-up",
        title = "A car whose stay throws, in park() or tryPark(), frees its spot, and the exception reaches the caller")
public final class SpotReturnedWhenAStayFails implements CheckBody {

    /** One spot for each of the two failing stays, so that a spot lost by either shows. */
    private static final int SPOTS = 2;
    private static final Duration BOUND = Duration.ofSeconds(3);
    /** tryPark's patience on a car park with free spots: it parks at once. */
    private static final Duration PATIENCE = Duration.ofSeconds(1);

    /** One way into the car park. */
    @FunctionalInterface
    private interface Entry {
        void enter(ParkingLot lot, Runnable stay) throws Exception;
    }

    @Override
    public void run(CheckContext context) throws Exception {
        requireTheSpotBack("park()", (lot, stay) -> lot.park(stay));
        requireTheSpotBack("tryPark(" + PATIENCE.toSeconds() + " s)", (lot, stay) -> lot.tryPark(stay, PATIENCE));
        requireTheSpotBackAfterAnInterrupt("park()", (lot, stay) -> lot.park(stay));
        requireTheSpotBackAfterAnInterrupt("tryPark(" + PATIENCE.toSeconds() + " s)",
                (lot, stay) -> lot.tryPark(stay, PATIENCE));
    }

    /**
     * A stay that ends with its thread's interrupt status set (the driver was asked to stop while it
     * stayed): the car had its spot, so it leaves like any other, returns normally and keeps the
     * status. Only waiting for a spot ends on an interrupt.
     */
    private static void requireTheSpotBackAfterAnInterrupt(String how, Entry entry) throws Exception {
        ParkingLot lot = new ParkingLot(1);
        AtomicBoolean keptTheStatus = new AtomicBoolean();
        Throwable thrown = ThreadGang.exceptionFrom("interrupted-driver", index -> {
            entry.enter(lot, Neutral.as(Runnable.class, () -> Thread.currentThread().interrupt()));
            keptTheStatus.set(Thread.interrupted());
        }, BOUND);
        if (thrown != null || lot.freeSpots() != 1 || !keptTheStatus.get()) {
            throw new CheckFailure(Feedback.expected("a car whose stay ended with its thread interrupted to leave through "
                            + how + " like any other: its spot free again, " + how + " returning normally, the"
                            + " interrupt status kept")
                    .observed((thrown == null ? how + " returned normally" : how + " threw "
                            + StudentCode.describe(thrown)) + ", " + lot.freeSpots() + " of 1 spot free afterwards, the"
                            + " interrupt status " + (keptTheStatus.get() ? "kept" : "cleared"))
                    .cause("leaving waits interruptibly (lockInterruptibly(), acquire()), so the pending interrupt ends"
                            + " it before the spot is given back; or the status is cleared on the way out")
                    .revisit("only the wait for a spot may end on an interrupt: leaving takes the lock with lock() and"
                            + " gives the spot back in finally"));
        }
    }

    private static void requireTheSpotBack(String how, Entry entry) throws Exception {
        ParkingLot lot = new ParkingLot(SPOTS);
        for (Throwable failure : List.of(new IllegalStateException("flat tyre"), new AssertionError("no petrol"))) {
            Throwable thrown = ThreadGang.exceptionFrom("unlucky-car", index -> entry.enter(lot, Neutral.as(Runnable.class, () -> {
                if (failure instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) failure;
            })), BOUND);
            if (thrown != failure) {
                throw new CheckFailure(Feedback.expected(how + " to pass on, unchanged, the "
                                + failure.getClass().getSimpleName() + " the stay threw")
                        .observed(thrown == null ? how + " returned normally" : "it threw " + StudentCode.describe(thrown))
                        .cause("the stay's exception is caught and dropped, or replaced")
                        .revisit("try { stay.run(); } finally { release(); } — finally frees, the exception goes on"));
            }
        }
        if (lot.freeSpots() != SPOTS) {
            throw new CheckFailure(Feedback.expected(SPOTS + " free spots after two cars whose stays threw had left through "
                            + how)
                    .observed(lot.freeSpots() + " free spots")
                    .cause("the spot is given back after the stay, but not on every way the stay can end: a release"
                            + " after the stay without finally, or a catch of Exception or RuntimeException that"
                            + " releases, misses what the stay threw")
                    .revisit("release in a finally block, in park() and in tryPark(), so every way out of the stay"
                            + " frees the spot"));
        }
    }
}
