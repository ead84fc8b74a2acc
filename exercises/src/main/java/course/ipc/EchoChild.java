package course.ipc;

/**
 * A child program: replies to every frame on standard input with the same frame on standard
 * output, until standard input ends. Use {@link Framing} on {@code System.in} and {@code
 * System.out}.
 */
public final class EchoChild {

    private EchoChild() {
    }

    public static void main(String[] args) throws Exception {
        // TODO: read frames until null; reply to each with a frame.
        throw new UnsupportedOperationException("TODO: EchoChild.main");
    }
}
