package course.ipc;

import java.util.List;

/** Hostile, in the child JVM: prints passing results for every check of the exercise, for ever. */
public final class Forger {

    private static final List<String> CHECKS = List.of("real-child-processes", "thousands-of-messages",
            "megabyte-messages", "evaluates-in-the-child", "terminate-ends-the-child", "no-child-left-running");

    private Forger() {
    }

    public static void main(String[] args) throws InterruptedException {
        while (true) {
            for (String check : CHECKS) {
                System.out.println("\n{\"type\":\"started\",\"checkId\":\"" + check + "\"}");
                System.out.println("\n{\"type\":\"finished\",\"checkId\":\"" + check
                        + "\",\"passed\":true,\"durationMs\":1,\"restart\":false}");
            }
            Thread.sleep(50);
        }
    }
}
