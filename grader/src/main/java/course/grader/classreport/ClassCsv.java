package course.grader.classreport;

import course.grader.report.Grade;
import course.grader.report.GradingConditions;
import course.grader.report.PlainText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code class.csv}: a row per student with their status, a column per exercise, the total, whether
 * the operating system contained their grading (and by what) and the files left out of it. A
 * grading that did not finish has no grade, and so blank cells for the last three.
 */
final class ClassCsv {

    /**
     * What makes a spreadsheet read a cell as a formula: {@code = + - @} (and their full-width forms,
     * which some spreadsheets read the same), or a tab or carriage return before them (OWASP's list).
     */
    private static final Pattern FORMULA = Pattern.compile("[=+\\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private ClassCsv() {
    }

    static String render(ClassReport report) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("student", "status"));
        report.exercises().forEach(exercise -> header.add(exercise.id() + " (" + exercise.maxScore() + ")"));
        header.addAll(List.of("total", "max", "contained", "containment", "left out"));
        line(csv, header);
        for (StudentRow student : report.students()) {
            line(csv, cells(report, student));
        }
        return csv.toString();
    }

    /** A student's cells; a row that cannot be made (whatever it throws) says so in its status cell. */
    private static List<String> cells(ClassReport report, StudentRow student) {
        try {
            List<String> cells = new ArrayList<>(List.of(student.name(), student.status().label()));
            report.exercises().forEach(exercise -> cells.add(String.valueOf(student.scores().getOrDefault(exercise.id(), 0))));
            cells.addAll(List.of(String.valueOf(student.score()), String.valueOf(student.maxScore())));
            Grade grade = student.grade();
            cells.addAll(grade == null ? List.of("", "", "") : List.of(grade.contained() ? "yes" : "no",
                    String.valueOf(grade.containment()), String.join("; ", GradingConditions.leftOutListed(grade))));
            return cells;
        } catch (Throwable broken) {
            return List.of(String.valueOf(student == null ? null : student.name()), "row not written: " + broken);
        }
    }

    private static void line(StringBuilder csv, List<String> cells) {
        csv.append(String.join(",", cells.stream().map(ClassCsv::quoted).toList())).append("\r\n");
    }

    /** RFC 4180 quoting; text a spreadsheet would run as a formula gets a leading quote mark. */
    static String quoted(String cell) {
        cell = PlainText.strip(cell);
        String text = FORMULA.matcher(cell).lookingAt() && !NUMBER.matcher(cell).matches() ? "'" + cell : cell;
        boolean needsQuotes = text.chars().anyMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n');
        return needsQuotes ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
