package course.grader.api;

/**
 * Text that may come from a student's code (an exception's message, what it printed, a thread's
 * name), cut to a bound before it travels into a report. One exception with a 16 MB message
 * otherwise becomes hundreds of megabytes of reports and a class page that takes seconds to open.
 *
 * <p>A cut text ends with a visible marker, {@code … (N more characters)}, and is never longer
 * than its bound, marker included, so capping a text twice (in the checking JVM, then again in the
 * supervisor that reads it) changes nothing the second time.
 */
public final class BoundedText {

    /** One part of a feedback, a note line: a few KB, more than any check's own wording needs. */
    public static final int FIELD = 4_000;
    /** A text made of several fields or many lines: rendered feedback, printed output, compiler messages. */
    public static final int LONG_FIELD = 20_000;
    /** A name: a check's id, a measurement's name or unit, a thread's name. */
    public static final int NAME = 200;

    private static final String MARKER_START = "… (";
    private static final String MARKER_END = " more characters)";

    private BoundedText() {
    }

    /** {@code text} cut to {@link #FIELD} characters; null stays null. */
    public static String cap(String text) {
        return cap(text, FIELD);
    }

    /** {@code text} cut to at most {@code limit} characters, marker included; null stays null. */
    public static String cap(String text, int limit) {
        if (text == null || text.length() <= limit) {
            return text;
        }
        int reserved = MARKER_START.length() + String.valueOf(text.length()).length() + MARKER_END.length();
        int keep = Math.max(0, limit - reserved);
        if (keep > 0 && Character.isHighSurrogate(text.charAt(keep - 1))) {
            keep--;
        }
        return text.substring(0, keep) + MARKER_START + (text.length() - keep) + MARKER_END;
    }
}
