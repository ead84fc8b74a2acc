package course.grader.trust;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import course.grader.api.Capability;
import course.grader.catalog.ExerciseDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static course.grader.trust.ForbiddenUse.never;
import static course.grader.trust.ForbiddenUse.pkg;
import static course.grader.trust.ForbiddenUse.type;
import static course.grader.trust.ForbiddenUse.unless;

/**
 * Reads the student's compiled classes of an exercise — without running them — before any check
 * runs, and lists every use of an API the grader does not allow there: ending the JVM,
 * reflection and other ways around encapsulation, reading the call stack, the network, the
 * grader's own classes, replacing the console, and (unless the exercise grants them) processes and
 * files. A submission with such a use is flagged and the exercise scores 0.
 */
public final class ArchitectureGate {

    private static final List<ForbiddenUse> RULES = List.of(
            never("ends the JVM",
                    "ending the JVM would cut the grading short; throw an exception instead",
                    type("java.lang.System", "exit"), type("java.lang.Runtime", "exit", "halt", "addShutdownHook")),
            never("uses reflection or unsafe access",
                    "reflection, method handles and Unsafe can reach into the grader; the exercises need none of them",
                    pkg("java.lang.reflect"), pkg("java.lang.invoke"), pkg("sun.misc"), pkg("jdk.internal"),
                    pkg("java.lang.instrument"),
                    type("java.lang.Class", "forName", "getDeclaredField", "getDeclaredFields", "getDeclaredMethod",
                            "getDeclaredMethods", "getDeclaredConstructor", "getDeclaredConstructors", "getField",
                            "getFields", "getMethod", "getMethods", "getConstructor", "getConstructors", "newInstance"),
                    type("java.lang.ClassLoader"), type("java.net.URLClassLoader")),
            never("reads the call stack",
                    "code that looks for the grader on the stack behaves differently when graded",
                    type("java.lang.Thread", "getStackTrace", "getAllStackTraces"),
                    type("java.lang.Throwable", "getStackTrace"), type("java.lang.StackWalker")),
            never("uses the grader's classes",
                    "the grader is not part of the exercise",
                    pkg("course.grader"), pkg("org.openjdk.jcstress"), pkg("com.tngtech.archunit"), pkg("org.junit")),
            never("opens network connections",
                    "no exercise talks to the network",
                    pkg("java.net"), pkg("java.net.http"), type("java.nio.channels.SocketChannel"),
                    type("java.nio.channels.ServerSocketChannel"), type("java.nio.channels.DatagramChannel")),
            never("replaces or bypasses the console",
                    "what your code prints is shown to you, never taken as a result",
                    type("java.lang.System", "setOut", "setErr", "setIn"), type("java.io.FileDescriptor")),
            unless(Capability.PROCESSES, "starts processes",
                    "only the process exercises start processes",
                    type("java.lang.ProcessBuilder"), type("java.lang.Runtime", "exec"), type("java.lang.ProcessHandle"),
                    type("java.lang.Process")),
            unless(Capability.FILES, "reads or writes files",
                    "only the file exercises touch files; the rest of the repository is the grader's",
                    type("java.io.File", "<init>", "delete", "deleteOnExit", "createNewFile", "renameTo", "mkdir",
                            "mkdirs", "list", "listFiles", "toPath", "setReadable", "setWritable", "setExecutable"),
                    type("java.io.FileInputStream"), type("java.io.FileOutputStream"), type("java.io.FileReader"),
                    type("java.io.FileWriter"), type("java.io.RandomAccessFile"),
                    type("java.io.PrintWriter", "<init>(java.lang.String)", "<init>(java.io.File)",
                            "<init>(java.lang.String, java.lang.String)", "<init>(java.io.File, java.lang.String)"),
                    type("java.io.PrintStream", "<init>(java.lang.String)", "<init>(java.io.File)",
                            "<init>(java.lang.String, java.lang.String)", "<init>(java.io.File, java.lang.String)"),
                    type("java.nio.file.Files"), pkg("java.nio.file.spi"), type("java.nio.channels.FileChannel"),
                    type("java.nio.channels.AsynchronousFileChannel")));

    private ArchitectureGate() {
    }

    /** Every forbidden use in the exercise's classes, one sentence each with its line; empty when clean. */
    public static List<String> violations(ExerciseDescriptor exercise, Path classes) {
        Path directory = classes.resolve(exercise.packageName().replace('.', '/'));
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        JavaClasses imported = new ClassFileImporter().importPath(directory);
        Map<String, String> firstPerMethodAndRule = new LinkedHashMap<>();
        for (JavaClass studentClass : imported) {
            for (JavaAccess<?> access : studentClass.getAccessesFromSelf()) {
                for (ForbiddenUse rule : RULES) {
                    if (rule.matches(access) && !allowed(rule, exercise.capabilities())) {
                        firstPerMethodAndRule.putIfAbsent(access.getOrigin().getFullName() + " " + rule.name(),
                                describe(access, rule));
                    }
                }
            }
        }
        return new ArrayList<>(firstPerMethodAndRule.values());
    }

    private static boolean allowed(ForbiddenUse rule, Set<Capability> granted) {
        return rule.allowedBy().map(granted::contains).orElse(false);
    }

    private static String describe(JavaAccess<?> access, ForbiddenUse rule) {
        String owner = access.getTargetOwner().getSimpleName();
        String member = access.getName().equals("<init>") ? "new " + owner : owner + "." + access.getName();
        String line = access.getSourceCodeLocation().getSourceFileName() + ":" + access.getLineNumber();
        return access.getOrigin().getOwner().getSimpleName() + "." + access.getOrigin().getName()
                + " " + rule.name() + ": " + member + " at " + line + " — " + rule.reason();
    }
}
