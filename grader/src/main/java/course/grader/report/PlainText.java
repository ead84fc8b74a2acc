package course.grader.report;

import java.util.regex.Pattern;

/**
 * Text from a student's code made harmless for a terminal and for any format that shows it as
 * text: terminal escape sequences (colours, cursor moves, window titles, hyperlinks), control
 * characters, and the bidirectional-override characters that make a line read in another order
 * than it is written are removed. Line breaks and tabs stay.
 */
public final class PlainText {

    /**
     * ESC-introduced sequences: CSI ({@code ESC [ … final}), OSC and the other string commands
     * ({@code ESC ] … BEL} or {@code ESC ] … ESC \}), and two-character escapes.
     */
    private static final Pattern ESCAPE_SEQUENCE = Pattern.compile(
            "\u001B\\[[0-?]*[ -/]*[@-~]"
                    + "|\u001B[\\]PX^_][^\u0007\u001B]*(?:\u0007|\u001B\\\\)?"
                    + "|\u001B[ -~]?");
    /** C0 controls but tab and line feed, DEL, C1 controls (U+009B is a one-character CSI), bidi controls. */
    private static final Pattern CONTROL = Pattern.compile(
            "[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]");
    private static final Pattern LINE_BREAKS = Pattern.compile("\r\n?|[\u0085\u2028\u2029]");

    private PlainText() {
    }

    /** {@code text} without escape sequences and control characters; line breaks become {@code \n}; null stays null. */
    public static String strip(String text) {
        if (text == null) {
            return null;
        }
        String unified = LINE_BREAKS.matcher(text).replaceAll("\n");
        return CONTROL.matcher(ESCAPE_SEQUENCE.matcher(unified).replaceAll("")).replaceAll("");
    }

    /** {@link #strip stripped}, and on one line: every line break and tab becomes a space. */
    public static String oneLine(String text) {
        String stripped = strip(text);
        return stripped == null ? null : stripped.replace('\n', ' ').replace('\t', ' ');
    }
}
