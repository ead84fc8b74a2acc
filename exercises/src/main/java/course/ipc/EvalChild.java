package course.ipc;

/**
 * A child program: replies to every frame — whole numbers separated by spaces, in UTF-8 — with
 * their sum, in UTF-8 (an empty frame sums to 0), until standard input ends. Use {@link Framing}
 * on {@code System.in} and {@code System.out}.
 */
public final class EvalChild {

    private EvalChild() {
    }

    public static void main(String[] args) throws Exception {
        // TODO: read frames until null; reply to each with a frame.
        throw new UnsupportedOperationException("TODO: EvalChild.main");
    }
}
