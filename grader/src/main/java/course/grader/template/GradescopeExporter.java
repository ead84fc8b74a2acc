package course.grader.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the autograder a teacher uploads to Gradescope: {@code setup.sh} (installs a JDK and
 * unshare on Gradescope's Ubuntu image), {@code run_autograder} (arranges the upload, grades it,
 * and always leaves a {@code results.json}) and the teacher's {@code grader.jar}, as files and as
 * {@value #ZIP} holding the three at its root, as Gradescope wants them.
 */
public final class GradescopeExporter {

    public static final String ZIP = "autograder.zip";
    private static final List<String> SCRIPTS = List.of("setup.sh", "run_autograder");
    private static final String JAR = "grader.jar";

    private GradescopeExporter() {
    }

    /** Exports into {@code target}, a new or empty folder, with {@code graderJar} as the grader. */
    public static void exportTo(Path target, Path graderJar) throws IOException {
        if (Files.exists(target) && !TemplateExporter.isEmptyDirectory(target)) {
            throw new IllegalArgumentException(target + " exists and is not empty");
        }
        Files.createDirectories(target);
        for (String script : SCRIPTS) {
            try (InputStream text = GradescopeExporter.class.getResourceAsStream("/gradescope/" + script)) {
                if (text == null) {
                    throw new IOException("the grader's jar lacks gradescope/" + script);
                }
                Files.copy(text, target.resolve(script));
            }
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(target.resolve(script), PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Files.copy(graderJar, target.resolve(JAR));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target.resolve(ZIP)))) {
            for (String file : List.of(SCRIPTS.get(0), SCRIPTS.get(1), JAR)) {
                zip.putNextEntry(new ZipEntry(file));
                Files.copy(target.resolve(file), (OutputStream) zip);
                zip.closeEntry();
            }
        }
    }
}
