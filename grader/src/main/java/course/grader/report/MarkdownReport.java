package course.grader.report;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    /**
     * The grade as Markdown: the summary table, the files left out, then one section per exercise.
     * Exercises that lost points come first, each with its failures before its table of checks; an
     * exercise at full marks is folded ({@code <details>}), so that a job summary shows what needs
     * work and stays short.
     */
    public static String render(Grade grade) {
        StringBuilder md = new StringBuilder();
        md.append("# Grade: ").append(grade.score()).append(" / ").append(grade.maxScore())
                .append(" (").append(escape(grade.target())).append(")\n\n");
        md.append(grade.contained() ? "🔒 " : "⚠️ ").append(escape(GradingConditions.containment(grade))).append("\n\n");
        List<ExerciseGrade> exercises = needingWorkFirst(grade.exercises());
        md.append("| Exercise | Score | Failed checks |\n|---|---:|---|\n");
        for (ExerciseGrade exercise : exercises) {
            md.append("| ").append(escape(exercise.id())).append(" — ").append(escape(exercise.title()))
                    .append(" | ").append(exercise.score()).append(" / ").append(exercise.maxScore())
                    .append(" | ").append(failedSummary(exercise)).append(" |\n");
        }
        if (!grade.leftOut().isEmpty()) {
            md.append("\n| ").append(escape(GradingConditions.leftOutHeading(grade))).append(" |\n|---|\n");
            GradingConditions.leftOutListed(grade).forEach(file -> md.append("| ").append(escape(file)).append(" |\n"));
        }
        exercises.forEach(exercise -> md.append('\n').append(fullMarks(exercise) ? folded(exercise) : unfolded(exercise)));
        return md.toString();
    }

    /** Exercises with something to read (lost points, a check not decided), then the rest, each in the catalogue's order. */
    private static List<ExerciseGrade> needingWorkFirst(List<ExerciseGrade> exercises) {
        return exercises.stream().sorted(Comparator.comparing(MarkdownReport::fullMarks)).toList();
    }

    private static boolean fullMarks(ExerciseGrade exercise) {
        return exercise.status() == ExerciseStatus.GRADED
                && exercise.checks().stream().allMatch(check -> check.status() == CheckStatus.PASSED);
    }

    /** The summary's last cell: why an ungraded exercise was not run, else the checks it failed. */
    private static String failedSummary(ExerciseGrade exercise) {
        String failed = exercise.checks().stream().filter(check -> !check.passed()).map(CheckGrade::id)
                .map(MarkdownReport::escape).collect(Collectors.joining(", "));
        return switch (exercise.status()) {
            case GRADED -> failed.isEmpty() ? "—" : failed;
            case NOT_COMPILED -> "❌ does not compile: no check ran";
            case FLAGGED -> "🚩 flagged: no check ran";
            case GRADER_FAILED -> "⚠️ the grader failed on it" + (failed.isEmpty() ? "" : ": " + failed);
        };
    }

    private static String folded(ExerciseGrade exercise) {
        return "<details><summary>✅ " + escape(exercise.id()) + ": " + exercise.score() + " / " + exercise.maxScore()
                + "</summary>\n\n" + checksTable(exercise) + "\n</details>\n";
    }

    private static String unfolded(ExerciseGrade exercise) {
        StringBuilder md = new StringBuilder("## ").append(escape(exercise.id())).append(": ").append(exercise.score())
                .append(" / ").append(exercise.maxScore()).append("\n\n");
        if (exercise.note() != null) {
            md.append(fenced(exercise.note())).append('\n');
        }
        exercise.checks().stream()
                .filter(check -> check.status() == CheckStatus.UNDECIDED || !check.passed() && check.details() != null)
                .forEach(check -> md.append("**").append(escape(check.id())).append("**\n\n")
                        .append(feedback(check)).append('\n'));
        return md.append(checksTable(exercise)).toString();
    }

    private static String checksTable(ExerciseGrade exercise) {
        StringBuilder md = new StringBuilder("| Check | Kind | Points | Result | Time |\n|---|---|---:|---|---:|\n");
        for (CheckGrade check : exercise.checks()) {
            md.append("| ").append(escape(check.id())).append(": ").append(escape(check.title()))
                    .append(" | ").append(escape(check.kind().label()))
                    .append(" | ").append(check.score()).append(" / ").append(check.maxScore())
                    .append(" | ").append(result(check.status()))
                    .append(" | ").append(String.format(Locale.ROOT, "%.1f s", check.durationMs() / 1000.0)).append(" |\n");
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
