package course.ipc;

/** A child that does nothing at all: it stays until its input ends. */
public final class IdleChild {
    private IdleChild() {
    }

    public static void main(String[] args) throws Exception {
        while (System.in.read() != -1) {
            // nothing
        }
    }
}
