package course.grader.template;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Exports the student template from a copy of the kit: what a teacher pushes as the GitHub
 * Classroom template. It keeps the exercises, the grader's main code and the Classroom workflow,
 * and leaves out the reference solutions, the grader's tests (mutants, hostile corpus, self-check)
 * and the kit's own CI.
 */
public final class TemplateExporter {

    /** What the template holds, relative to the kit's root; folders are copied whole, without build output. */
    private static final List<String> KEPT = List.of(
            ".gitignore", "SECURITY.md", "mvnw", "mvnw.cmd", ".mvn", "exercises", "grader/pom.xml", "grader/src/main",
            ".github/workflows/classroom.yml");

    private static final Pattern SOLUTIONS_MODULE = Pattern.compile("\\s*<module>solutions</module>");
    private static final Pattern KIT_PROFILES = Pattern.compile(
            "\\s*<profile>\\s*(?:<!--.*?-->\\s*)?<id>(?:solutions|selftest)</id>.*?</profile>", Pattern.DOTALL);

    private final Path kit;

    public TemplateExporter(Path kit) {
        this.kit = kit;
    }

    public void exportTo(Path target) throws IOException {
        if (Files.exists(target) && !isEmptyDirectory(target)) {
            throw new IllegalArgumentException(target + " exists and is not empty");
        }
        Files.createDirectories(target);
        for (String path : KEPT) {
            copy(kit.resolve(path), target.resolve(path));
        }
        Files.writeString(target.resolve("pom.xml"), studentPom(Files.readString(kit.resolve("pom.xml"))));
        try (InputStream readme = Objects.requireNonNull(getClass().getResourceAsStream("/template/README.md"))) {
            Files.writeString(target.resolve("README.md"), new String(readme.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** The kit's root pom without the solutions module and the teacher-only profiles. */
    static String studentPom(String kitPom) {
        String withoutModule = SOLUTIONS_MODULE.matcher(kitPom).replaceAll("");
        return KIT_PROFILES.matcher(withoutModule).replaceAll("");
    }

    private static void copy(Path from, Path to) throws IOException {
        if (!Files.exists(from)) {
            throw new IllegalStateException("the kit has no " + from);
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.filter(path -> !isBuildOutput(from.relativize(path))).toList()) {
                Path destination = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.createDirectories(destination.getParent());
                    Files.copy(source, destination, StandardCopyOption.COPY_ATTRIBUTES); // mvnw stays executable
                }
            }
        }
    }

    private static boolean isBuildOutput(Path relative) {
        for (Path part : relative) {
            if (part.toString().equals("target")) {
                return true;
            }
        }
        return false;
    }

    static boolean isEmptyDirectory(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }
}
