package course.counter;

/** Hostile: Calls System.exit through reflection so that no call to it appears in the code. */
public final class Sabotage {

    public static void quit() throws ReflectiveOperationException {
        Class.forName("java.lang.System").getMethod("exit", int.class).invoke(null, 0);
    }
}
