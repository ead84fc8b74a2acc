package course.ipc;

/** Hostile, in the child JVMs: with {@code fork}, starts the sleeping grandchild and exits. */
public final class Escapee {

    private Escapee() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("fork")) {
            JavaLauncher.javaProcess(Escapee.class, "STRAY-MARKER").start();
        } else {
            Thread.sleep(302_271);
        }
    }
}
