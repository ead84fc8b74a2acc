package course.ipc;

/**
 * Hostile: a double fork whose grandchild sheds the grading's environment and sleeps past the
 * grading (an attack would then rewrite the reports; this one only outlives them, if it can).
 */
public final class Sabotage {

    static {
        try {
            new ProcessBuilder("sh", "-c", "env -i setsid sleep 302.271828 </dev/null >/dev/null 2>&1 &")
                    .start().waitFor();
        } catch (Exception ignored) {
            // The attack is all there is.
        }
    }

    private Sabotage() {
    }
}
