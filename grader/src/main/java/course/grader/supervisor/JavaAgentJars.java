package course.grader.supervisor;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * The jars that {@code -javaagent:} names for agents on the grader's class path. A checking JVM
 * refuses the attach mechanism ({@code -XX:+DisableAttachMechanism}), so an agent is loaded at
 * start-up or not at all, and {@code -javaagent:} takes a jar whose manifest names the agent class.
 * The jar holds only that manifest: the system class loader finds the class on the grader's class
 * path, ahead of any graded class. The jars are written once per grading JVM, into a folder of its
 * own that no checking JVM works in.
 */
final class JavaAgentJars {

    private static final Map<Class<?>, Path> JARS = new ConcurrentHashMap<>();

    private JavaAgentJars() {
    }

    /** The {@code -javaagent:} option that loads {@code agent} at start-up. */
    static String option(Class<?> agent) {
        return "-javaagent:" + JARS.computeIfAbsent(agent, JavaAgentJars::write);
    }

    private static Path write(Class<?> agent) {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.putValue("Premain-Class", agent.getName());
        attributes.putValue("Can-Redefine-Classes", "true");
        attributes.putValue("Can-Retransform-Classes", "true");
        try {
            Path folder = Files.createTempDirectory("grader-agents-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            Path jar = folder.resolve(agent.getSimpleName() + ".jar");
            try (OutputStream out = Files.newOutputStream(jar)) {
                // The manifest is the whole jar.
                new JarOutputStream(out, manifest).finish();
            }
            folder.toFile().deleteOnExit();
            jar.toFile().deleteOnExit();
            return jar.toAbsolutePath();
        } catch (IOException unwritable) {
            throw new UncheckedIOException("cannot write the jar that loads the agent " + agent.getName(), unwritable);
        }
    }
}
