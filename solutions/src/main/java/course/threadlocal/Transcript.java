package course.threadlocal;

/**
 * Code deep in the call chain that needs the current student without being told: given, do not
 * change it.
 */
public final class Transcript {

    private Transcript() {
    }

    /** The first line of the current student's transcript. */
    public static String header() {
        return "Transcript of " + StudentContext.current();
    }
}
