package course.grader.compile;

import course.grader.api.GivenSource;
import course.grader.io.FileTrees;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * The kit's given classes in place of the student's, where the student's code comes compiled
 * already ({@code mvn verify}): the class files of a given source (its class and every class nested
 * in it) are deleted, and the kit's copy, compiled here as Maven compiles the exercises module, is
 * put in their place. The kit's own source is compiled in this JVM: it is not the student's. When
 * the student's class files are not exactly those, the student changed the given file, and the
 * report says so.
 */
final class GivenClasses {

    /** What Maven's compiler plugin passes by default: {@code -g} makes the same bytes as Maven's build. */
    private static final List<String> AS_MAVEN_COMPILES = List.of("--release", "21", "-g", "-proc:none",
            "-encoding", "UTF-8", "-implicit:none", "-sourcepath", "", "-classpath", "");

    private GivenClasses() {
    }

    /**
     * Replaces the student's classes of every given source whose exercise has classes under
     * {@code classes}; returns one line per given source the student changed.
     */
    static List<String> replace(Collection<GivenSource> given, Path classes) throws IOException {
        List<String> replaced = new ArrayList<>();
        for (GivenSource source : given) {
            Path folder = classes.resolve(source.packageFolder());
            if (Files.isDirectory(folder) && !replace(source, folder)) {
                replaced.add(source.packageFolder() + "/" + source.simpleName() + ".class: " + GivenFiles.REPLACED);
            }
        }
        return replaced;
    }

    /** Puts the kit's classes of {@code source} into {@code folder}; whether the student's were the same. */
    private static boolean replace(GivenSource source, Path folder) throws IOException {
        Path work = Files.createTempDirectory("grader-given-");
        try {
            Path kitClasses = compile(source, work);
            Map<String, byte[]> kit = classFiles(source, kitClasses);
            Map<String, byte[]> student = classFiles(source, folder);
            boolean same = kit.keySet().equals(student.keySet())
                    && kit.keySet().stream().allMatch(name -> Arrays.equals(kit.get(name), student.get(name)));
            for (String name : student.keySet()) {
                Files.delete(folder.resolve(name));
            }
            for (String name : kit.keySet()) {
                Files.copy(kitClasses.resolve(name), folder.resolve(name));
            }
            return same;
        } finally {
            FileTrees.delete(work);
        }
    }

    /** Compiles the kit's copy of {@code source} under {@code work}; returns the folder of its class files. */
    private static Path compile(GivenSource source, Path work) throws IOException {
        GivenFiles.write(List.of(source), work.resolve("src"));
        Path out = Files.createDirectories(work.resolve("classes"));
        List<String> arguments = new ArrayList<>(AS_MAVEN_COMPILES);
        arguments.addAll(List.of("-d", out.toString(), work.resolve("src").resolve(source.relativePath()).toString()));
        if (ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the kit's " + source.relativePath() + " does not compile");
        }
        return out.resolve(source.packageFolder());
    }

    /** The class files of {@code source} in a package folder, by name: its own and its nested classes'. */
    private static Map<String, byte[]> classFiles(GivenSource source, Path folder) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> listed = Files.list(folder)) {
            for (Path file : listed.toList()) {
                String name = file.getFileName().toString();
                if (name.equals(source.simpleName() + ".class")
                        || name.startsWith(source.simpleName() + "$") && name.endsWith(".class")) {
                    files.put(name, Files.readAllBytes(file));
                }
            }
        }
        return files;
    }
}
