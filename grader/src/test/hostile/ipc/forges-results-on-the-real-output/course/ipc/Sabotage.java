package course.ipc;

/**
 * Hostile: starts a child JVM ({@link Forger}) that inherits the checking JVM's standard output and
 * prints a passing result for each check there, again and again, the way results once travelled.
 */
public final class Sabotage {

    static {
        try {
            JavaLauncher.javaProcess(Forger.class).inheritIO().start();
        } catch (Exception ignored) {
            // The attack is all there is.
        }
    }

    private Sabotage() {
    }
}
