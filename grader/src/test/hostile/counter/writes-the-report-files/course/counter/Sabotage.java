package course.counter;

/** Hostile: The skeleton, overwriting the grader's reports with full marks. */
public final class Sabotage {

    static {
        try {
            java.nio.file.Files.writeString(java.nio.file.Path.of("grade.json"), "{\"score\":15,\"maxScore\":15}");
        } catch (java.io.IOException ignored) {
            // the next trick, then
        }
    }
}
