package course.grader.report;

import java.util.regex.Pattern;

/**
 * {@code grade.md}: the grade as Markdown tables, fit for a GitHub job summary.
 *
 * <p>Feedback quotes the student's code (an exception's message, a thread's name), and a job summary
 * renders the HTML and links it finds. Every text of the grade is therefore written so that it
 * renders as itself: on one line, inside a table cell or after a label (never at a line's start,
 * where it could open a heading, a list or an HTML block), with the characters that open inline
 * markup escaped; multi-line notes go in a fenced code block that no backtick run in them can close.
 */
public final class MarkdownReport {

    /** The inline markup a text could open: emphasis, code spans, links and images, strikethrough, cells, escapes. */
    private static final String INLINE_MARKUP = "\\`*_[]~|!";
    private static final Pattern BACKTICK_RUN = Pattern.compile("`+");
    private static final int SHORTEST_FENCE = 3;

    private MarkdownReport() {
    }

    public static String render(Grade grade) {
        StringBuilder md = new StringBuilder();
        md.append("# Grade: ").append(grade.score()).append(" / ").append(grade.maxScore())
                .append(" (").append(escape(grade.target())).append(")\n\n");
        md.append(grade.contained() ? "🔒 " : "⚠️ ").append(escape(GradingConditions.containment(grade))).append("\n\n");
        md.append("| Exercise | Score | Failed checks |\n|---|---:|---|\n");
        for (ExerciseGrade exercise : grade.exercises()) {
            String failed = exercise.checks().stream().filter(check -> !check.passed()).map(CheckGrade::id)
                    .reduce((a, b) -> a + ", " + b).orElse(exercise.status() == ExerciseStatus.GRADED ? "—" : exercise.status().label());
            md.append("| ").append(escape(exercise.id())).append(" — ").append(escape(exercise.title()))
                    .append(" | ").append(exercise.score()).append(" / ").append(exercise.maxScore())
                    .append(" | ").append(escape(failed)).append(" |\n");
        }
        if (!grade.leftOut().isEmpty()) {
            md.append("\n| ").append(escape(GradingConditions.leftOutHeading(grade))).append(" |\n|---|\n");
            GradingConditions.leftOutListed(grade).forEach(file -> md.append("| ").append(escape(file)).append(" |\n"));
        }
        for (ExerciseGrade exercise : grade.exercises()) {
            md.append("\n## ").append(escape(exercise.id())).append(": ").append(exercise.score()).append(" / ")
                    .append(exercise.maxScore()).append("\n\n");
            if (exercise.note() != null) {
                md.append(fenced(exercise.note())).append('\n');
            }
            md.append("| Check | Kind | Points | Result | Time |\n|---|---|---:|---|---:|\n");
            for (CheckGrade check : exercise.checks()) {
                md.append("| ").append(escape(check.id())).append(": ").append(escape(check.title()))
                        .append(" | ").append(escape(check.kind().label()))
                        .append(" | ").append(check.score()).append(" / ").append(check.maxScore())
                        .append(" | ").append(result(check.status()))
                        .append(" | ").append(String.format("%.1f s", check.durationMs() / 1000.0)).append(" |\n");
            }
            exercise.checks().stream()
                    .filter(check -> check.status() == CheckStatus.UNDECIDED || !check.passed() && check.details() != null)
                    .forEach(check -> md.append("\n**").append(escape(check.id())).append("**\n\n")
                            .append(feedback(check)));
        }
        return md.toString();
    }

    /**
     * What a check says, as Markdown: the four parts of a failure as a list, the reason a check
     * was not decided or not run, and what the student's code printed; empty for a pass. For
     * reports that show one check at a time (Gradescope's tests).
     */
    static String feedback(CheckGrade check) {
        StringBuilder md = new StringBuilder();
        if (check.details() != null) {
            md.append("- Expected: ").append(escape(check.details().expected())).append('\n')
                    .append("- Observed: ").append(escape(check.details().observed())).append('\n')
                    .append("- Likely cause: ").append(escape(check.details().cause())).append('\n')
                    .append("- Revisit: ").append(escape(check.details().revisit())).append('\n');
        } else if (check.feedback() != null) {
            md.append(escape(check.feedback())).append('\n');
        }
        if (check.output() != null && !check.output().isBlank()) {
            md.append("\nWhat the code printed:\n\n").append(fenced(check.output()));
        }
        return md.toString();
    }

    private static String result(CheckStatus status) {
        return switch (status) {
            case PASSED -> "✅ pass";
            case FAILED -> "❌ fail";
            case UNDECIDED -> "➖ not decided here";
            case NOT_RUN -> "⏭️ not run";
        };
    }

    /** {@code text} as inline Markdown that renders as itself, on one line (and in a table cell). */
    static String escape(String text) {
        String line = PlainText.oneLine(text == null ? "" : text);
        StringBuilder md = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            switch (c) {
                case '&' -> md.append("&amp;");
                case '<' -> md.append("&lt;");
                case '>' -> md.append("&gt;");
                default -> {
                    if (INLINE_MARKUP.indexOf(c) >= 0) {
                        md.append('\\');
                    }
                    md.append(c);
                }
            }
        }
        return md.toString();
    }

    /** {@code text} as a fenced code block, whose fence is longer than any run of backticks in it. */
    static String fenced(String text) {
        String plain = PlainText.strip(text);
        int longestRun = BACKTICK_RUN.matcher(plain).results().mapToInt(run -> run.group().length()).max().orElse(0);
        String fence = "`".repeat(Math.max(SHORTEST_FENCE, longestRun + 1));
        return fence + "\n" + plain + (plain.endsWith("\n") ? "" : "\n") + fence + "\n";
    }
}
