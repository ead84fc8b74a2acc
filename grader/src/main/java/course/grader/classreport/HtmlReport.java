package course.grader.classreport;

import course.grader.report.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

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

    /**
     * The page written when the report itself could not be rendered: only the reasons, as text.
     * Every character that could start markup or end an attribute is written as a character reference.
     */
    static String failurePage(List<String> problems) {
        StringBuilder items = new StringBuilder();
        problems.forEach(problem -> items.append("<li>").append(escape(problem)).append("</li>\n"));
        return "<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'\">\n"
                + "<title>Class report</title>\n</head>\n<body>\n<h1>The class report could not be shown</h1>\n"
                + "<p>class.csv holds every student's scores. What went wrong:</p>\n<ul>\n" + items + "</ul>\n</body>\n</html>\n";
    }

    /** {@code text} as HTML text or a quoted attribute's value. */
    static String escape(String text) {
        StringBuilder html = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.appendCodePoint(c);
            }
        });
        return html.toString();
    }

    /**
     * JSON that cannot end the script element it sits in nor open a comment in it ({@code </script>},
     * {@code <!--}): {@code <}, {@code >} and {@code &} only ever appear inside strings, where they are
     * written as JSON escapes, as are the two line separators JavaScript once refused in strings.
     */
    static String scriptSafeJson(Object value) {
        return Json.line(value).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
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
