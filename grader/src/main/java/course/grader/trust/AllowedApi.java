package course.grader.trust;

import course.grader.api.Capability;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JDK the exercises may use, as an allow-list: a type is allowed when it is in one of these
 * packages or is one of these types, for the capabilities the exercise grants. Anything not listed
 * — a JDK API nobody thought of, a library, the grader — is refused. Members of allowed types can
 * still be refused by the gate's rules ({@code System.exit}, {@code Thread.getStackTrace}).
 */
final class AllowedApi {

    /** Plain Java and the concurrency library: what every exercise may use. */
    private static final List<String> EVERY_EXERCISE = List.of(
            "java.lang.*", "java.lang.annotation.**", "java.lang.ref.**", "java.lang.runtime.**",
            "java.lang.invoke.VarHandle", "java.lang.invoke.MethodHandles", "java.lang.invoke.MethodHandles$Lookup",
            "java.util.*", "java.util.concurrent.**", "java.util.function.**", "java.util.stream.**",
            "java.util.regex.**", "java.time.**", "java.math.**", "java.text.**",
            "java.io.*", "java.nio.*", "java.nio.charset.**", "java.nio.file.Path", "java.nio.file.Paths");

    /** What a capability adds (processes are in java.lang, refused by the gate's rules unless granted). */
    private static final Map<Capability, List<String>> BY_CAPABILITY = Map.of(
            Capability.FILES, List.of("java.nio.file.**", "java.nio.channels.FileChannel", "java.nio.channels.FileLock",
                    "java.nio.channels.Channels", "java.nio.channels.OverlappingFileLockException",
                    "java.nio.channels.ClosedChannelException", "java.nio.channels.FileLockInterruptionException"));

    private AllowedApi() {
    }

    /**
     * Whether code of an exercise granting {@code granted} may name {@code typeName}. A pattern
     * {@code p.*} allows the types of package {@code p}, {@code p.**} those of its sub-packages too,
     * anything else one type and its nested types.
     */
    static boolean allows(String typeName, Set<Capability> granted) {
        return EVERY_EXERCISE.stream().anyMatch(pattern -> matches(pattern, typeName))
                || granted.stream().flatMap(capability -> BY_CAPABILITY.getOrDefault(capability, List.of()).stream())
                        .anyMatch(pattern -> matches(pattern, typeName));
    }

    private static boolean matches(String pattern, String typeName) {
        if (pattern.endsWith(".**")) {
            return typeName.startsWith(pattern.substring(0, pattern.length() - 2));
        }
        if (pattern.endsWith(".*")) {
            String prefix = pattern.substring(0, pattern.length() - 1);
            return typeName.startsWith(prefix) && typeName.indexOf('.', prefix.length()) < 0;
        }
        return typeName.equals(pattern) || typeName.startsWith(pattern + "$");
    }
}
