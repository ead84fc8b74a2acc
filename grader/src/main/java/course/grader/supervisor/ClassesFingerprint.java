package course.grader.supervisor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a folder of graded classes holds: every file's path and content, as one SHA-256. Taken
 * when the classes are compiled and again when their grading is over, it shows whether anything
 * in the submission rewrote the classes being graded (its own, or another exercise's) while the
 * checks ran: the gate refuses the code that could, and this catches what would get past it.
 *
 * @param sha256 the digest, in hex
 */
record ClassesFingerprint(String sha256) {

    static ClassesFingerprint of(Path classes) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            List<Path> files;
            try (Stream<Path> walk = Files.walk(classes)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                digest.update(classes.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(Files.readAllBytes(file));
            }
            return new ClassesFingerprint(HexFormat.of().formatHex(digest.digest()));
        } catch (IOException unreadable) {
            throw new UncheckedIOException("cannot read the graded classes in " + classes, unreadable);
        } catch (NoSuchAlgorithmException noSha256) {
            throw new IllegalStateException("every JDK has SHA-256", noSha256);
        }
    }
}
