package course.counter;

/** Hostile: Looks for the reference solution on disk. */
public final class Sabotage {

    public static String peek() throws java.io.IOException {
        return java.nio.file.Files.readString(java.nio.file.Path.of("../../solutions/src/main/java/course/counter/Account.java"));
    }
}
