package course.grader.exercises.parking;

import course.grader.api.CheckBody;
import course.grader.api.CheckContext;
import course.grader.api.CheckFailure;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import course.grader.api.Feedback;
import course.grader.harness.ThreadGang;
import course.parking.ParkingLot;
import java.time.Duration;

/** A car whose stay throws still leaves: the exception reaches the driver, the spot comes back. */
@CheckInfo(id = "spot-returned-when-a-stay-fails", kind = CheckKind.FUNCTIONAL, points = 2,
        title = "A car whose stay throws frees its spot, and the exception reaches the caller")
public final class SpotReturnedWhenAStayFails implements CheckBody {

    @Override
    public void run(CheckContext context) throws Exception {
        ParkingLot lot = new ParkingLot(2);
        for (int car = 0; car < 2; car++) {
            Throwable thrown = ThreadGang.exceptionFrom("unlucky-car", index -> lot.park(() -> {
                throw new IllegalStateException("flat tyre");
            }), Duration.ofSeconds(3));
            if (!(thrown instanceof IllegalStateException)) {
                throw new CheckFailure(Feedback.expected("park() to pass on the exception the stay threw")
                        .observed(thrown == null ? "park() returned normally" : "it threw " + thrown)
                        .cause("the stay's exception is caught and dropped, or replaced")
                        .revisit("try { stay.run(); } finally { release(); } — finally frees, the exception goes on"));
            }
        }
        if (lot.freeSpots() != 2) {
            throw new CheckFailure(Feedback.expected("2 free spots after two cars whose stays threw had left")
                    .observed(lot.freeSpots() + " free spots")
                    .cause("the spot is given back after the stay, but not when the stay throws")
                    .revisit("release in a finally block, so every way out of the stay frees the spot"));
        }
    }
}
