package course.grader.report;

import java.util.Locale;

/**
 * The score table printed at the end of {@code mvn verify}, with the feedback of failed checks.
 * Texts that may come from the student's code reach the terminal {@link PlainText#strip stripped}
 * of escape sequences and control characters.
 */
public final class ConsoleReport {

    private static final String RULE = "-".repeat(78);
    private static final int WRAPPED_WIDTH = RULE.length() - 3;

    private ConsoleReport() {
    }

    public static String render(Grade grade, String reportLocation) {
        StringBuilder out = new StringBuilder();
        out.append(RULE).append('\n')
                .append(" GRADE of ").append(PlainText.oneLine(grade.target())).append('\n')
                .append(indent(wrap(GradingConditions.containment(grade)))).append('\n')
                .append(RULE).append('\n')
                .append(String.format(Locale.ROOT, " %-12s %-30s %-12s %7s  %-6s %6s%n",
                        "EXERCISE", "CHECK", "KIND", "POINTS", "RESULT", "TIME"));
        for (ExerciseGrade exercise : grade.exercises()) {
            if (exercise.status() != ExerciseStatus.GRADED) {
                out.append(String.format(Locale.ROOT, " %-12s %-30s %-12s %7s  %-6s%n", exercise.id(),
                        "(" + exercise.status().label() + ")", "", exercise.score() + "/" + exercise.maxScore(), "FAIL"));
                continue;
            }
            for (CheckGrade check : exercise.checks()) {
                out.append(String.format(Locale.ROOT, " %-12s %-30s %-12s %7s  %-6s %5.1fs%n", exercise.id(),
                        abbreviate(check.id(), 30), check.kind().label(), check.score() + "/" + check.maxScore(),
                        result(check.status()), check.durationMs() / 1000.0));
            }
            out.append(String.format(Locale.ROOT, " %-12s %-30s %-12s %7s%n", "", "", "subtotal",
                    exercise.score() + "/" + exercise.maxScore()));
        }
        out.append(RULE).append('\n')
                .append(String.format(Locale.ROOT, " TOTAL %d/%d%n", grade.score(), grade.maxScore()));
        if (!grade.leftOut().isEmpty()) {
            out.append('\n').append(' ').append(GradingConditions.leftOutHeading(grade)).append(":\n");
            GradingConditions.leftOutListed(grade).forEach(file -> out.append("   ").append(PlainText.oneLine(file)).append('\n'));
        }
        for (ExerciseGrade exercise : grade.exercises()) {
            if (exercise.status() != ExerciseStatus.GRADED) {
                out.append('\n').append(" NOT GRADED ").append(exercise.id()).append(" (").append(exercise.status().label())
                        .append("):\n").append(indent(PlainText.strip(exercise.note()))).append('\n');
                continue;
            }
            for (CheckGrade check : exercise.checks()) {
                if (check.status() == CheckStatus.UNDECIDED) {
                    out.append('\n').append(" NOT DECIDED HERE ").append(exercise.id()).append('/').append(check.id())
                            .append(" — ").append(PlainText.oneLine(check.feedback())).append('\n');
                } else if (!check.passed()) {
                    out.append('\n').append(" FAILED ").append(exercise.id()).append('/').append(check.id())
                            .append(" — ").append(PlainText.oneLine(check.title())).append('\n')
                            .append(indent(PlainText.strip(check.feedback()))).append('\n');
                }
            }
        }
        long checks = grade.exercises().stream().mapToLong(exercise -> exercise.checks().size()).sum();
        long failed = grade.exercises().stream().mapToLong(ExerciseGrade::failedChecks).sum();
        long undecided = grade.exercises().stream().flatMap(exercise -> exercise.checks().stream())
                .filter(check -> check.status() == CheckStatus.UNDECIDED).count();
        out.append('\n').append("checks: ").append(checks - failed - undecided).append(" passed, ").append(failed).append(" failed")
                .append(undecided == 0 ? "" : ", " + undecided + " not decided on this machine (no points lost)").append('\n')
                .append("Reports: ").append(reportLocation).append('\n')
                .append(RULE).append('\n');
        return out.toString();
    }

    private static String result(CheckStatus status) {
        return switch (status) {
            case PASSED -> "pass";
            case FAILED -> "FAIL";
            case UNDECIDED -> "n/d";
            case NOT_RUN -> "-";
        };
    }

    private static String indent(String text) {
        return text.lines().map(line -> "   " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    /** {@code text} on lines broken at spaces, each short enough to fit within the rule once indented. */
    private static String wrap(String text) {
        StringBuilder lines = new StringBuilder();
        int width = 0;
        for (String word : PlainText.oneLine(text).split(" ")) {
            if (width > 0 && width + 1 + word.length() > WRAPPED_WIDTH) {
                lines.append('\n');
                width = 0;
            } else if (width > 0) {
                lines.append(' ');
                width++;
            }
            lines.append(word);
            width += word.length();
        }
        return lines.toString();
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
