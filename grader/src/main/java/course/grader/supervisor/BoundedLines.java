package course.grader.supervisor;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Lines read from a stream the supervisor does not trust, none longer than a bound: a line past
 * it ends the stream with an {@link IOException} instead of filling the supervisor's memory.
 */
final class BoundedLines {

    private final Reader reader;
    private final int maxChars;

    BoundedLines(Reader reader, int maxChars) {
        this.reader = reader;
        this.maxChars = maxChars;
    }

    /** The next line without its end, or empty at the end of the stream. */
    Optional<String> next() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = reader.read()) != -1) {
            if (c == '\n') {
                return Optional.of(line.toString());
            }
            if (line.length() == maxChars) {
                throw new IOException("a line longer than " + maxChars + " characters");
            }
            line.append((char) c);
        }
        return line.isEmpty() ? Optional.empty() : Optional.of(line.toString());
    }
}
