package course.grader.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Reports go only into a folder the grader creates, an empty one, or one it made before; never into
 * a teacher's folder, through a symbolic link, or next to a link a submission placed there.
 */
class ReportFolderTest {

    private static final Grade PASSED = Grade.of("student-a", "2026-11-22T00:00:00Z", "a PID namespace of its own", List.of(), List.of());

    @TempDir
    Path temp;

    @Test
    void aNewFolderIsCreatedMarkedAndReusedWhenGradingAgain() throws IOException {
        Path out = temp.resolve("reports/student-a");
        ReportWriter.write(PASSED, out);
        assertTrue(Files.isRegularFile(out.resolve(ReportFolder.MARK)));
        Files.writeString(out.resolve(ReportWriter.FAILED_MARKER), "stale");
        Files.writeString(out.resolve("grade.md"), "stale");

        ReportWriter.write(PASSED, out);

        assertFalse(Files.exists(out.resolve(ReportWriter.FAILED_MARKER)), "a stale marker survived");
        assertTrue(Files.readString(out.resolve("grade.md")).startsWith("# Grade"));
        try (var files = Files.list(out)) {
            assertTrue(files.noneMatch(file -> file.getFileName().toString().endsWith(".partial")));
        }
    }

    @Test
    void anEmptyFolderIsClaimed() throws IOException {
        Path out = Files.createDirectory(temp.resolve("empty"));
        ReportWriter.write(PASSED, out);
        assertTrue(Files.isRegularFile(out.resolve("grade.json")));
    }

    @Test
    void aFolderTheGraderDidNotMakeIsRefusedAndLeftAsItWas() throws IOException {
        Path teachers = Files.createDirectory(temp.resolve("teachers"));
        Files.writeString(teachers.resolve("grade.md"), "my notes");
        Files.writeString(teachers.resolve("notes.txt"), "more notes");

        IOException refused = assertThrows(IOException.class, () -> ReportWriter.write(PASSED, teachers));

        assertTrue(refused.getMessage().contains("not made by the grader"), refused.getMessage());
        assertTrue(refused.getMessage().contains("grade.md"), refused.getMessage());
        assertEquals("my notes", Files.readString(teachers.resolve("grade.md")));
        assertEquals(List.of(teachers.resolve("grade.md"), teachers.resolve("notes.txt")), Files.list(teachers).sorted().toList());
    }

    @Test
    void aFolderThatIsALinkIsRefused() throws IOException {
        Path elsewhere = Files.createDirectory(temp.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(temp.resolve("out"), elsewhere);

        assertThrows(IOException.class, () -> ReportWriter.write(PASSED, link));

        assertEquals(0, Files.list(elsewhere).count(), "something was written through the link");
    }

    /** A submission's process placed {@code grade.json} as a link to a teacher's file in a folder of the grader. */
    @Test
    void aLinkInsideTheFolderIsRefusedAndItsTargetUntouched() throws IOException {
        Path out = temp.resolve("out");
        ReportWriter.write(PASSED, out);
        Path victim = Files.writeString(temp.resolve("teachers-file.txt"), "precious");
        Files.delete(out.resolve("grade.json"));
        Files.createSymbolicLink(out.resolve("grade.json"), victim);

        IOException refused = assertThrows(IOException.class, () -> ReportWriter.write(PASSED, out));

        assertTrue(refused.getMessage().contains("symbolic link"), refused.getMessage());
        assertEquals("precious", Files.readString(victim));
    }

    @Test
    void aFileWrittenInOneStepReplacesALinkRatherThanFollowingIt() throws IOException {
        Path victim = Files.writeString(temp.resolve("victim.txt"), "precious");
        Path link = Files.createSymbolicLink(temp.resolve("result.json"), victim);

        course.grader.io.AtomicFiles.writeString(link, "{}");

        assertEquals("precious", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(link));
        assertEquals("{}", Files.readString(link));
    }
}
