package course.grader.report;

import course.grader.protocol.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes every report of a grade into one folder: {@code grade.json}, {@code grade.md}, the GitHub
 * Classroom runner result ({@code classroom-result.json} and its base64 {@code classroom-result.b64}),
 * Gradescope's {@code results.json}, and {@value #FAILED_MARKER} while some check fails, which lets a
 * build fail on it after the reports are written.
 */
public final class ReportWriter {

    public static final String FAILED_MARKER = "checks-failed.txt";

    private ReportWriter() {
    }

    public static void write(Grade grade, Path folder) throws IOException {
        Files.createDirectories(folder);
        Json.write(folder.resolve("grade.json"), grade);
        Files.writeString(folder.resolve("grade.md"), MarkdownReport.render(grade), StandardCharsets.UTF_8);
        String classroom = Json.line(ClassroomReport.of(grade));
        Files.writeString(folder.resolve("classroom-result.json"), classroom, StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("classroom-result.b64"), ClassroomReport.base64(classroom), StandardCharsets.UTF_8);
        Json.write(folder.resolve("results.json"), GradescopeReport.of(grade));
        Path marker = folder.resolve(FAILED_MARKER);
        if (grade.allPassed()) {
            Files.deleteIfExists(marker);
        } else {
            Files.writeString(marker, "score " + grade.score() + "/" + grade.maxScore() + "; see grade.md\n",
                    StandardCharsets.UTF_8);
        }
    }
}
