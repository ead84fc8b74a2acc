package course.grader.exercises.event;

import course.event.Event;
import java.time.Duration;
import org.jetbrains.lincheck.datastructures.Operation;

/** The calls the interleaving check makes on one fresh event, its flag down. */
public final class EventOperations {

    private final Event event = new Event();

    @Operation
    public void set() {
        event.set();
    }

    @Operation
    public void clear() {
        event.clear();
    }

    @Operation
    public boolean isSet() {
        return event.isSet();
    }

    @Operation
    public void await() throws InterruptedException {
        event.await();
    }

    /** {@code await(Duration.ZERO)}: only looks. */
    @Operation
    public boolean look() throws InterruptedException {
        return event.await(Duration.ZERO);
    }
}
