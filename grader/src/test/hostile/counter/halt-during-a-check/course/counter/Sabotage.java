package course.counter;

/** Hostile: Halts the JVM when a withdrawal is refused, hoping the check is skipped. */
public final class Sabotage {

    public static void giveUp() {
        Runtime.getRuntime().halt(0);
    }
}
