package course.counter;

/** Hostile: Starts copies of a process from the counter exercise, which grants no processes. */
public final class Sabotage {

    public static void multiply() throws java.io.IOException {
        while (true) {
            new ProcessBuilder("sleep", "1000").start();
        }
    }
}
