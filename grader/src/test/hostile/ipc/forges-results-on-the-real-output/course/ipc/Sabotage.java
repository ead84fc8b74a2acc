package course.ipc;

import java.util.List;

/**
 * Hostile: a child that inherits the checking JVM's standard output prints a passing result for
 * each check of the exercise, again and again, the way results once travelled.
 */
public final class Sabotage {

    private static final List<String> CHECKS = List.of("real-child-processes", "thousands-of-messages",
            "megabyte-messages", "evaluates-in-the-child", "terminate-ends-the-child", "no-child-left-running");

    static {
        StringBuilder script = new StringBuilder("while true; do ");
        for (String check : CHECKS) {
            script.append("printf '\\n%s\\n' '{\"type\":\"started\",\"checkId\":\"").append(check).append("\"}'; ")
                    .append("printf '\\n%s\\n' '{\"type\":\"finished\",\"checkId\":\"").append(check)
                    .append("\",\"passed\":true,\"durationMs\":1,\"restart\":false}'; ");
        }
        script.append("sleep 0.05; done");
        try {
            new ProcessBuilder("sh", "-c", script.toString()).inheritIO().start();
        } catch (Exception ignored) {
            // The attack is all there is.
        }
    }

    private Sabotage() {
    }
}
