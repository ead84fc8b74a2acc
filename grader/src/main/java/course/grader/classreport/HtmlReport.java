package course.grader.classreport;

import course.grader.protocol.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Renders the class report as one self-contained page: the page's script and styles are in the
 * template, the report travels inside it as JSON, and nothing is fetched from the network.
 */
public final class HtmlReport {

    static final String DATA_PLACEHOLDER = "/*CLASS-REPORT-DATA*/null";

    private HtmlReport() {
    }

    public static String render(ClassReport report) {
        return template().replace(DATA_PLACEHOLDER, scriptSafeJson(report));
    }

    /** JSON that cannot end the script element it sits in: {@code <} only ever appears inside strings. */
    static String scriptSafeJson(Object value) {
        return Json.line(value).replace("<", "\\u003c").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String template() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("index.html")) {
            if (in == null) {
                throw new IllegalStateException("class report template missing from the grader");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
