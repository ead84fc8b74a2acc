package course.helpers;

/** Hostile: code outside the exercise's package, where the gate once did not look. */
public final class Quitter {

    private Quitter() {
    }

    public static void quit() {
        System.exit(0);
    }
}
