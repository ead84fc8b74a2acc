package course.grader.exercises.event;

/**
 * The event as the lesson states it, one call at a time. {@code await()} returns at a moment the
 * flag is up: at once if it is, or right after the {@code set()} it waited for (a {@code clear()}
 * may follow before it returns). A one-at-a-time order in which it would have to wait is no order
 * at all, so there it throws {@link WouldWait}, which no real call returns.
 */
public final class EventSpecification {

    private boolean flag;

    public void set() {
        flag = true;
    }

    public void clear() {
        flag = false;
    }

    public boolean isSet() {
        return flag;
    }

    public void await() {
        if (!flag) {
            throw new WouldWait();
        }
    }

    public boolean look() {
        return flag;
    }

    /** The sign of an order in which {@code await()} would have waited. */
    static final class WouldWait extends RuntimeException {
        WouldWait() {
            super("await() would wait here", null, false, false);
        }
    }
}
