package course.grader.supervisor;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How checking JVMs are started: the {@code java} to use, the grader's class path (to which the
 * graded classes are added) and the bounds they run under.
 */
public record JvmSettings(Path javaExecutable, List<Path> graderClassPath, String maxHeap, List<String> extraOptions) {

    /** The same {@code java} and class path as this JVM, a 512 MB heap. */
    public static JvmSettings inheritFromThisJvm() {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<Path> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                classPath.add(Path.of(entry).toAbsolutePath());
            }
        }
        return new JvmSettings(java, List.copyOf(classPath), System.getProperty("grader.maxHeap", "512m"), List.of());
    }

    List<String> command(Path gradedClasses, String mainClass) {
        List<String> classPath = new ArrayList<>();
        classPath.add(gradedClasses.toString());
        graderClassPath.forEach(entry -> classPath.add(entry.toString()));
        List<String> command = new ArrayList<>(List.of(
                javaExecutable.toString(),
                "-Xmx" + maxHeap,
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8"));
        command.addAll(extraOptions);
        command.addAll(List.of("-cp", String.join(File.pathSeparator, classPath), mainClass));
        return command;
    }
}
