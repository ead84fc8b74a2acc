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

/**
 * Cars whose stays throw still leave, whether they came in through park() or tryPark(): what the
 * stay threw reaches the driver unchanged, and the spot comes back. One stay throws an exception,
 * the other an Error (a failed {@code assert}), which a {@code catch (RuntimeException e)} in place
 * of {@code finally} lets through with the spot kept.
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
