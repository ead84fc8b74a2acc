package course.counter;

/** Hostile: Ends the JVM as soon as Account is loaded. */
public final class Sabotage {

    static {
        System.exit(0);
    }
}
