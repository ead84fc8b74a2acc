package course.grader.report;

/** {@code grade.md}: the grade as Markdown tables, fit for a GitHub job summary. */
public final class MarkdownReport {

    private MarkdownReport() {
    }

    public static String render(Grade grade) {
        StringBuilder md = new StringBuilder();
        md.append("# Grade: ").append(grade.score()).append(" / ").append(grade.maxScore())
                .append(" (").append(grade.target()).append(")\n\n");
        md.append("| Exercise | Score | Failed checks |\n|---|---:|---|\n");
        for (ExerciseGrade exercise : grade.exercises()) {
            String failed = exercise.checks().stream().filter(check -> !check.passed()).map(CheckGrade::id)
                    .reduce((a, b) -> a + ", " + b).orElse(ExerciseGrade.GRADED.equals(exercise.status()) ? "—" : exercise.status());
            md.append("| ").append(exercise.id()).append(" — ").append(escape(exercise.title()))
                    .append(" | ").append(exercise.score()).append(" / ").append(exercise.maxScore())
                    .append(" | ").append(failed).append(" |\n");
        }
        for (ExerciseGrade exercise : grade.exercises()) {
            md.append("\n## ").append(exercise.id()).append(": ").append(exercise.score()).append(" / ")
                    .append(exercise.maxScore()).append("\n\n");
            if (exercise.note() != null) {
                md.append("```\n").append(exercise.note()).append("\n```\n\n");
            }
            md.append("| Check | Kind | Points | Result | Time |\n|---|---|---:|---|---:|\n");
            for (CheckGrade check : exercise.checks()) {
                md.append("| ").append(check.id()).append(": ").append(escape(check.title()))
                        .append(" | ").append(check.kind())
                        .append(" | ").append(check.score()).append(" / ").append(check.maxScore())
                        .append(" | ").append(check.passed() ? "✅ pass" : "❌ fail")
                        .append(" | ").append(String.format("%.1f s", check.durationMs() / 1000.0)).append(" |\n");
            }
            exercise.checks().stream().filter(check -> !check.passed() && check.details() != null).forEach(check ->
                    md.append("\n**").append(check.id()).append("**\n\n")
                            .append("- Expected: ").append(escape(check.details().expected())).append('\n')
                            .append("- Observed: ").append(escape(check.details().observed())).append('\n')
                            .append("- Likely cause: ").append(escape(check.details().cause())).append('\n')
                            .append("- Revisit: ").append(escape(check.details().revisit())).append('\n'));
        }
        return md.toString();
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
