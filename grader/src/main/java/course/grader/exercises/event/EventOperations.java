package course.grader.exercises.event;

import course.event.Event;
import course.grader.harness.ThreadRoles;
import java.time.Duration;
import org.jetbrains.lincheck.datastructures.Operation;

/** The calls the interleaving check makes on one fresh event, its flag down. */
public final class EventOperations {

    private final Event event = new Event();

    @Operation
    public void set() {
        ThreadRoles.neutralizeCurrent();
        event.set();
    }

    @Operation
    public void clear() {
        ThreadRoles.neutralizeCurrent();
        event.clear();
    }

    @Operation
    public boolean isSet() {
        ThreadRoles.neutralizeCurrent();
        return event.isSet();
    }

    @Operation
    public void await() throws InterruptedException {
        ThreadRoles.neutralizeCurrent();
        event.await();
    }

    /** {@code await(Duration.ZERO)}: only looks. */
    @Operation
    public boolean look() throws InterruptedException {
        ThreadRoles.neutralizeCurrent();
        return event.await(Duration.ZERO);
    }
}
