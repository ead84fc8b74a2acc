package course.ipc;

/**
 * A child program: adds 1 to its static field {@code counter} for every frame it receives, and
 * replies with the new value in UTF-8, until standard input ends. Use {@link Framing} on {@code
 * System.in} and {@code System.out}.
 */
public final class CounterChild {

    /** Every process has its own: the parent's never changes when a child's does. */
    public static int counter;

    private CounterChild() {
    }

    public static void main(String[] args) throws Exception {
        // TODO: read frames until null; reply to each with a frame.
        throw new UnsupportedOperationException("TODO: CounterChild.main");
    }
}
