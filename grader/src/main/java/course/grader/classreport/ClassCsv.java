package course.grader.classreport;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** {@code class.csv}: a row per student with their status, a column per exercise and the total. */
final class ClassCsv {

    private static final Pattern FORMULA = Pattern.compile("[=+\\-@]");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private ClassCsv() {
    }

    static String render(ClassReport report) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("student", "status"));
        report.exercises().forEach(exercise -> header.add(exercise.id() + " (" + exercise.maxScore() + ")"));
        header.addAll(List.of("total", "max"));
        line(csv, header);
        for (StudentRow student : report.students()) {
            List<String> cells = new ArrayList<>(List.of(student.name(), student.status()));
            report.exercises().forEach(exercise -> cells.add(String.valueOf(student.scores().getOrDefault(exercise.id(), 0))));
            cells.addAll(List.of(String.valueOf(student.score()), String.valueOf(student.maxScore())));
            line(csv, cells);
        }
        return csv.toString();
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(",", cells.stream().map(ClassCsv::quoted).toList())).append("\r\n");
    }

    /** RFC 4180 quoting; text a spreadsheet would run as a formula gets a leading quote mark. */
    static String quoted(String cell) {
        String text = FORMULA.matcher(cell).lookingAt() && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
        boolean needsQuotes = text.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n');
        return needsQuotes ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
