package course.grader.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Uploaded files go where their package declarations say, and nothing else goes anywhere. */
class FlatUploadTest {

    @Test
    void eachFileGoesWhereItsPackageSaysWhateverFolderItCameIn(@TempDir Path work) throws IOException {
        Path upload = work.resolve("upload");
        write(upload.resolve("Account.java"), "/* header */\n// a line\npackage course.counter;\nclass Account {}");
        write(upload.resolve("deep/down/ParkingLot.java"), "package  course . parking ;\nclass ParkingLot {}");
        write(upload.resolve("Orphan.java"), "class Orphan {}");
        write(upload.resolve("other/Account.java"), "package course.counter;\nclass Account { int second; }");
        write(upload.resolve("notes.txt"), "package course.counter;");

        FlatUpload arranged = FlatUpload.arrange(upload, work.resolve("submission"));

        Path sources = work.resolve("submission").resolve(FlatUpload.SOURCE_ROOT);
        assertEquals("/* header */\n// a line\npackage course.counter;\nclass Account {}",
                Files.readString(sources.resolve("course/counter/Account.java")), "the first of two copies is kept");
        assertTrue(Files.isRegularFile(sources.resolve("course/parking/ParkingLot.java")));
        assertEquals(2, arranged.placed().size(), arranged.toString());
        assertTrue(arranged.leftOut().stream().anyMatch(left -> left.startsWith("Orphan.java (no package")), arranged.toString());
        assertTrue(arranged.leftOut().stream().anyMatch(left -> left.startsWith("other/Account.java (another file")),
                arranged.toString());
        assertTrue(arranged.leftOut().stream().anyMatch(left -> left.startsWith("notes.txt (not a .java file")),
                arranged.toString());
    }

    @Test
    void aLinkIsNeverFollowed(@TempDir Path work) throws IOException {
        Path secret = work.resolve("secret.java");
        write(secret, "package course.counter;\nclass Secret {}");
        Path upload = work.resolve("upload");
        Files.createDirectories(upload);
        Files.createSymbolicLink(upload.resolve("Secret.java"), secret);

        FlatUpload arranged = FlatUpload.arrange(upload, work.resolve("submission"));

        assertTrue(arranged.placed().isEmpty(), arranged.toString());
        assertEquals("Secret.java (not a regular file)", arranged.leftOut().get(0));
        assertFalse(Files.exists(work.resolve("submission").resolve(FlatUpload.SOURCE_ROOT).resolve("course")));
    }

    @Test
    void aFileThatIsNotUtf8IsStillPlacedForJavacToJudge(@TempDir Path work) throws IOException {
        Path upload = work.resolve("upload");
        Files.createDirectories(upload);
        byte[] latin1 = "package course.counter;\n// caf\u00e9\nclass Account {}".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(upload.resolve("Account.java"), latin1);

        FlatUpload arranged = FlatUpload.arrange(upload, work.resolve("submission"));

        assertEquals(1, arranged.placed().size(), arranged.toString());
        assertTrue(Files.isRegularFile(work.resolve("submission").resolve(FlatUpload.SOURCE_ROOT)
                .resolve("course/counter/Account.java")));
    }

    @Test
    void itArrangesOnlyIntoANewFolder(@TempDir Path work) throws IOException {
        Files.createDirectories(work.resolve("upload"));
        Files.createDirectories(work.resolve("existing"));
        assertThrows(IOException.class, () -> FlatUpload.arrange(work.resolve("upload"), work.resolve("existing")));
    }

    @Test
    void thePackageIsReadPastCommentsAndAnnotations() {
        assertEquals(Optional.of("course.event"), FlatUpload.packageOf("// package wrong;\n@Deprecated\npackage course.event;"));
        assertEquals(Optional.empty(), FlatUpload.packageOf("import java.util.List;\nclass NoPackage {}"));
        assertEquals(Optional.empty(), FlatUpload.packageOf("/* package course.counter; */ class Hidden {}"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }
}
