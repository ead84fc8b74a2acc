package course.ipc;

/**
 * Hostile: a double fork through the launcher. The child JVM ({@link Escapee}) starts a grandchild
 * and exits at once, so the grandchild is orphaned and sleeps past the grading (an attack would
 * then rewrite the reports; this one only outlives them, if it can).
 */
public final class Sabotage {

    static {
        try {
            JavaLauncher.javaProcess(Escapee.class, "fork").start().waitFor();
        } catch (Exception ignored) {
            // The attack is all there is.
        }
    }

    private Sabotage() {
    }
}
