package course.counter;

/** Hostile: calls into a helper package as soon as the exercise's classes are loaded. */
public final class Sabotage {

    static {
        course.helpers.Quitter.quit();
    }

    private Sabotage() {
    }
}
