package course.counter;

/** Hostile: A static initializer that never ends. */
public final class Sabotage {

    private static long spins;

    static {
        while (spins >= 0) {
            spins = (spins + 1) % 1_000;
        }
    }
}
