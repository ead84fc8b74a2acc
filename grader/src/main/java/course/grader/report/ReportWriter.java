package course.grader.report;

import course.grader.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Writes every report of a grade into one folder: {@code grade.json}, {@code grade.md}, the GitHub
 * Classroom runner result ({@code classroom-result.json} and its base64 {@code classroom-result.b64}),
 * Gradescope's {@code results.json}, a JUnit XML test report for CI ({@value JUnitXmlReport#FILE}), and {@value #FAILED_MARKER} while some check fails, which lets a
 * build fail on it after the reports are written.
 *
 * <p>Only into a folder that is new, empty or the grader's own ({@link ReportFolder}); each file is
 * written in one step and never through a link ({@link AtomicFiles}).
 */
public final class ReportWriter {

    public static final String FAILED_MARKER = "checks-failed.txt";
    /** Every file this writer writes. */
    public static final Set<String> REPORTS = Set.of("grade.json", "grade.md", "classroom-result.json",
            "classroom-result.b64", "results.json", JUnitXmlReport.FILE, FAILED_MARKER);

    private ReportWriter() {
    }

    /** Why {@link #write} would refuse {@code folder}, if it would: ask before grading, so a refusal costs nothing. */
    public static Optional<String> refusal(Path folder) throws IOException {
        return ReportFolder.refusal(folder, REPORTS);
    }

    /** @throws IOException also when {@code folder} is not one the grader writes into ({@link #refusal}) */
    public static void write(Grade grade, Path folder) throws IOException {
        ReportFolder.claim(folder, REPORTS);
        Json.write(folder.resolve("grade.json"), grade);
        AtomicFiles.writeString(folder.resolve("grade.md"), MarkdownReport.render(grade));
        String classroom = Json.line(ClassroomReport.of(grade));
        AtomicFiles.writeString(folder.resolve("classroom-result.json"), classroom);
        AtomicFiles.writeString(folder.resolve("classroom-result.b64"), ClassroomReport.base64(classroom));
        Json.write(folder.resolve("results.json"), GradescopeReport.of(grade));
        AtomicFiles.writeString(folder.resolve(JUnitXmlReport.FILE), JUnitXmlReport.render(grade));
        Path marker = folder.resolve(FAILED_MARKER);
        if (grade.allPassed()) {
            Files.deleteIfExists(marker);
        } else {
            AtomicFiles.writeString(marker, "score " + grade.score() + "/" + grade.maxScore() + "; see grade.md\n");
        }
    }
}
