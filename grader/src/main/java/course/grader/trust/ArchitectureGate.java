package course.grader.trust;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.Source;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import course.grader.api.Capability;
import course.grader.catalog.ExerciseDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static course.grader.trust.ForbiddenUse.allBut;
import static course.grader.trust.ForbiddenUse.calledOn;
import static course.grader.trust.ForbiddenUse.never;
import static course.grader.trust.ForbiddenUse.pkg;
import static course.grader.trust.ForbiddenUse.taking;
import static course.grader.trust.ForbiddenUse.type;
import static course.grader.trust.ForbiddenUse.unless;

/**
 * Reads every class the student's code of an exercise compiled to — nested, anonymous and lambda
 * classes included — without running any of it, before any check runs, and refuses what it may
 * not do. It is an allow-list ({@link AllowedApi}): every type the code names must be the
 * exercise's own or an allowed JDK type; and every member it uses is resolved to the member really
 * used (a method inherited and called through a subclass is judged as its declaring class says),
 * then refused if it ends the JVM, reflects, reads the call stack, bypasses the console, reaches
 * processes it did not start, starts a process other than through the kit's launcher, or, unless
 * the exercise grants them, starts processes, touches files or reads the clock. A submission with such a use is
 * flagged and the exercise scores 0; the feedback names the rule, the method and the line. The
 * exercise's given sources, which the grader compiles from the kit's copies, are the kit's code
 * and are not judged.
 */
public final class ArchitectureGate {

    /** Refusals a student should recognise, in the order they are looked for. */
    private static final List<ForbiddenUse> RULES = List.of(
            never("ends the JVM",
                    "ending the JVM would cut the grading short; throw an exception instead",
                    type("java.lang.System", "exit"),
                    type("java.lang.Runtime", "exit", "halt", "addShutdownHook", "removeShutdownHook")),
            never("uses reflection or unsafe access",
                    "reflection, method handles and Unsafe can reach into the grader; the exercises need none of them",
                    pkg("java.lang.reflect"), pkg("sun.misc"), pkg("sun.reflect"), pkg("jdk.internal"),
                    pkg("java.lang.instrument"), pkg("com.sun.tools.attach"), pkg("jdk.attach"),
                    // A lookup is for the VarHandles of lock-free code; every other member (defining classes,
                    // finding methods, classes and fields) is refused, those a later JDK adds included.
                    allBut("java.lang.invoke.MethodHandles", "lookup", "arrayElementVarHandle"),
                    allBut("java.lang.invoke.MethodHandles$Lookup", "findVarHandle", "findStaticVarHandle"),
                    type("java.lang.invoke.MethodHandle"), type("java.lang.invoke.MethodType"),
                    type("java.lang.invoke.MethodHandleProxies"), type("java.lang.invoke.MethodHandleInfo"),
                    type("java.lang.invoke.LambdaMetafactory"), type("java.lang.invoke.CallSite"),
                    type("java.lang.invoke.SerializedLambda"), type("java.io.ObjectInputStream"),
                    type("java.io.ObjectOutputStream"),
                    type("java.lang.Class", "forName", "getDeclaredField", "getDeclaredFields", "getDeclaredMethod",
                            "getDeclaredMethods", "getDeclaredConstructor", "getDeclaredConstructors", "getField",
                            "getFields", "getMethod", "getMethods", "getConstructor", "getConstructors", "newInstance",
                            "getClassLoader", "getModule", "getProtectionDomain", "getResource", "getResourceAsStream",
                            "getEnclosingMethod", "getEnclosingConstructor", "getRecordComponents", "getDeclaredClasses",
                            "getClasses", "getNestHost", "getNestMembers", "getSigners"),
                    type("java.lang.ClassLoader"), type("java.lang.Module"), type("java.lang.ModuleLayer"),
                    type("java.lang.SecurityManager"), type("java.lang.System", "load", "loadLibrary", "mapLibraryName",
                            "setSecurityManager", "getSecurityManager", "setProperty", "clearProperty", "setProperties",
                            "getLogger", "inheritedChannel"),
                    type("java.lang.Runtime", "load", "loadLibrary"), type("java.util.ServiceLoader"),
                    type("java.util.ResourceBundle")),
            never("asks which classes run it",
                    "the classes of the threads and objects your code is handed tell a grading from a program;"
                            + " the exercises need no getClass()",
                    type("java.lang.Object", "getClass"), type("java.util.Objects", "toIdentityString"),
                    // A class literal may be used (an assert statement asks its class whether assertions are on);
                    // a class's name, package, loader and members may not: the classes loaded say who runs the code.
                    allBut("java.lang.Class", "desiredAssertionStatus", "cast", "isInstance"),
                    type("java.lang.Package")),
            never("asks for identity hash codes",
                    "an object's identity hash is the JVM's business (a model checker makes its own up, which would"
                            + " tell a grading from a program); the exercises need none: use objects, not their hashes",
                    type("java.lang.System", "identityHashCode"), calledOn("java.lang.Object", "hashCode")),
            never("reads the JVM's settings",
                    "the JVM's properties, environment and heap (its class path, its command, the heap a test fork is"
                            + " given) tell a grading from a program; the exercises need none of them",
                    type("java.lang.System", "getProperty", "getProperties", "getenv"),
                    type("java.lang.Runtime", "maxMemory", "totalMemory", "freeMemory"),
                    type("java.lang.Integer", "getInteger"), type("java.lang.Long", "getLong"),
                    type("java.lang.Boolean", "getBoolean")),
            never("reads the call stack",
                    "code that looks for the grader on the stack behaves differently when graded",
                    type("java.lang.Thread", "getStackTrace", "getAllStackTraces", "dumpStack", "enumerate",
                            "getThreadGroup", "setDefaultUncaughtExceptionHandler", "getDefaultUncaughtExceptionHandler",
                            "getContextClassLoader", "setContextClassLoader"),
                    type("java.lang.ThreadGroup"),
                    type("java.lang.Throwable", "getStackTrace", "setStackTrace",
                            "printStackTrace(java.io.PrintStream)", "printStackTrace(java.io.PrintWriter)"),
                    type("java.lang.StackWalker"), type("java.lang.StackTraceElement")),
            never("uses the grader's classes",
                    "the grader is not part of the exercise",
                    pkg("course.grader"), pkg("org.openjdk.jcstress"), pkg("com.tngtech.archunit"), pkg("org.junit"),
                    pkg("org.jetbrains.lincheck"), pkg("org.jetbrains.kotlinx.lincheck"), pkg("net.bytebuddy"),
                    pkg("org.awaitility")),
            never("opens network connections",
                    "no exercise talks to the network",
                    pkg("java.net"), pkg("javax.net"), pkg("jdk.net"), pkg("com.sun.net"), pkg("java.nio.channels.spi"),
                    type("java.nio.channels.SocketChannel"), type("java.nio.channels.ServerSocketChannel"),
                    type("java.nio.channels.DatagramChannel"), type("java.nio.channels.AsynchronousSocketChannel"),
                    type("java.nio.channels.AsynchronousServerSocketChannel"), type("java.nio.channels.Selector")),
            never("replaces or bypasses the console",
                    "what your code prints is shown to you, never taken as a result",
                    type("java.lang.System", "setOut", "setErr", "setIn", "console"), type("java.io.Console")),
            // A child program may read and write its standard streams raw (new FileOutputStream(FileDescriptor.out)):
            // they are its pipes to the parent. Elsewhere a FileDescriptor is a way round System.out, or to a file.
            unless(Capability.PROCESSES, "bypasses the console through a FileDescriptor",
                    "what your code prints is shown to you, never taken as a result; use System.in and System.out",
                    type("java.io.FileDescriptor"), taking("java.io.FileDescriptor")),
            never("reaches processes it did not start",
                    "a check's processes are its own; the grader's are not the exercise's",
                    type("java.lang.ProcessHandle", "allProcesses", "of", "parent", "current")),
            unless(Capability.PROCESSES, "starts processes",
                    "only the process exercises start processes",
                    type("java.lang.ProcessBuilder"), type("java.lang.ProcessHandle"), type("java.lang.Process"),
                    type("java.lang.Runtime", "exec")),
            // Where processes are granted, a child is still only what the kit's launcher starts: any other
            // program, or a JVM with another command or environment (an agent, attach), could reach the
            // checking JVM. What the builder may still do is redirect, inherit the console, and start.
            never("starts a process other than through JavaLauncher",
                    "start children with JavaLauncher.javaProcess(mainClass, args…) and change nothing of the"
                            + " command, environment or folder it sets",
                    type("java.lang.ProcessBuilder", "<init>", "command", "environment", "directory", "startPipeline"),
                    type("java.lang.Runtime", "exec")),
            // A model checker gives every clock reading one made-up value, and a test harness's objects are
            // fresh: read where nothing is timed, the clock could only tell a grading from a program.
            unless(Capability.CLOCK, "reads the clock",
                    "this exercise has no timed method, so nothing in it depends on what time it is",
                    type("java.lang.System", "nanoTime", "currentTimeMillis"), pkg("java.time"),
                    type("java.util.Date"), type("java.util.Calendar")),
            unless(Capability.FILES, "reads or writes files",
                    "only the file exercises touch files; the rest of the repository is the grader's",
                    type("java.io.File", "<init>", "delete", "deleteOnExit", "createNewFile", "renameTo", "mkdir",
                            "mkdirs", "list", "listFiles", "toPath", "setReadable", "setWritable", "setExecutable",
                            "createTempFile", "listRoots", "exists", "length", "lastModified", "canRead", "canWrite",
                            "isFile", "isDirectory", "getCanonicalPath", "getCanonicalFile", "toURI"),
                    // Opened on a FileDescriptor (a process's standard stream) they are no file; the rule above judges that.
                    type("java.io.FileInputStream", "<init>(java.lang.String)", "<init>(java.io.File)", "getChannel"),
                    type("java.io.FileOutputStream", "<init>(java.lang.String)", "<init>(java.lang.String, boolean)",
                            "<init>(java.io.File)", "<init>(java.io.File, boolean)", "getChannel"),
                    type("java.io.FileReader"),
                    type("java.io.FileWriter"), type("java.io.RandomAccessFile"),
                    type("java.io.PrintWriter", "<init>(java.lang.String)", "<init>(java.io.File)",
                            "<init>(java.lang.String, java.lang.String)", "<init>(java.io.File, java.lang.String)",
                            "<init>(java.lang.String, java.nio.charset.Charset)", "<init>(java.io.File, java.nio.charset.Charset)"),
                    type("java.io.PrintStream", "<init>(java.lang.String)", "<init>(java.io.File)",
                            "<init>(java.lang.String, java.lang.String)", "<init>(java.io.File, java.lang.String)",
                            "<init>(java.lang.String, java.nio.charset.Charset)", "<init>(java.io.File, java.nio.charset.Charset)"),
                    type("java.util.Formatter", "<init>(java.lang.String)", "<init>(java.lang.String, java.lang.String)",
                            "<init>(java.lang.String, java.lang.String, java.util.Locale)",
                            "<init>(java.lang.String, java.nio.charset.Charset, java.util.Locale)"),
                    taking("java.io.File"), taking("java.nio.file.Path"),
                    taking("java.nio.channels.ReadableByteChannel"), taking("java.nio.channels.WritableByteChannel"),
                    type("java.nio.file.Path", "toFile", "toRealPath", "register"), type("java.nio.file.Files"),
                    type("java.nio.file.FileSystems"), type("java.nio.file.FileSystem"), type("java.nio.file.FileStore"),
                    type("java.nio.file.DirectoryStream"), type("java.nio.file.WatchService"),
                    pkg("java.nio.file.spi"), pkg("java.nio.file.attribute"), type("java.nio.channels.FileChannel"),
                    type("java.nio.channels.AsynchronousFileChannel"), type("java.nio.channels.FileLock")));

    /** The refusal of a type no rule names and the allow-list does not list. */
    private static final ForbiddenUse UNLISTED = never("uses an API the exercise does not allow",
            "each exercise allows plain Java, java.util.concurrent and what it teaches; anything else is refused");

    private ArchitectureGate() {
    }

    /** Every forbidden use in the exercise's classes, one sentence each with its line; empty when clean. */
    public static List<String> violations(ExerciseDescriptor exercise, Path classes) {
        Path directory = classes.resolve(exercise.packageName().replace('.', '/'));
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        JavaClasses imported = new ClassFileImporter().importPath(directory);
        Judge judge = new Judge(exercise.packageName(), exercise.capabilities());
        Map<String, String> firstPerPlaceAndRule = new LinkedHashMap<>();
        for (JavaClass studentClass : imported) {
            if (isGiven(studentClass, exercise)) {
                continue;
            }
            Set<ForbiddenUse> brokenByAccesses = new HashSet<>();
            for (JavaAccess<?> access : studentClass.getAccessesFromSelf()) {
                judge.access(access).ifPresent(rule -> {
                    brokenByAccesses.add(rule);
                    firstPerPlaceAndRule.putIfAbsent(access.getOrigin().getFullName() + " " + rule.name(),
                            describe(access, rule));
                });
            }
            // What the class names without accessing it: its supertypes, field and parameter types, class literals…
            for (Dependency dependency : studentClass.getDirectDependenciesFromSelf()) {
                judge.type(dependency.getTargetClass()).filter(rule -> !brokenByAccesses.contains(rule))
                        .ifPresent(rule -> firstPerPlaceAndRule.putIfAbsent(
                                dependency.getOriginClass().getName() + " " + rule.name(), describe(dependency, rule)));
            }
        }
        return new ArrayList<>(firstPerPlaceAndRule.values());
    }

    /**
     * Whether a class is compiled from one of the exercise's given sources: the kit's code, which the
     * grader compiled from its own copy in place of the student's, and which may do what it must (the
     * launcher builds the command of a child JVM).
     */
    private static boolean isGiven(JavaClass compiled, ExerciseDescriptor exercise) {
        String sourceFile = compiled.getSource().flatMap(Source::getFileName).orElse("");
        return exercise.givenSources().stream().anyMatch(given -> given.compiledTo(compiled.getName(), sourceFile));
    }

    /** Judges what the classes of one exercise use. */
    private record Judge(String ownPackage, Set<Capability> granted) {

        /**
         * The rule an access breaks: through the type it names, or through the member it really
         * uses, which may be declared by any supertype of the type named (a static method of
         * {@code Thread} called through a subclass is still {@code Thread}'s).
         */
        Optional<ForbiddenUse> access(JavaAccess<?> access) {
            Optional<ForbiddenUse> byType = type(access.getTargetOwner());
            if (byType.isPresent()) {
                return byType;
            }
            String nominalOwner = access.getTargetOwner().getName();
            String signature = access.getTarget().getFullName().substring(nominalOwner.length());
            List<String> owners = Supertypes.of(access.getTargetOwner());
            return RULES.stream().filter(rule -> !rule.grantedBy(granted))
                    .filter(rule -> owners.stream().anyMatch(owner ->
                            rule.matchesMember(owner, owner.equals(nominalOwner), access.getName(), owner + signature)))
                    .findFirst();
        }

        /** The rule naming a type breaks: the exercise's own types and allowed JDK types break none. */
        Optional<ForbiddenUse> type(JavaClass named) {
            JavaClass base = named.isArray() ? named.getBaseComponentType() : named;
            String typeName = base.getName();
            if (base.isPrimitive() || typeName.startsWith(ownPackage + ".") && typeName.indexOf('.', ownPackage.length() + 1) < 0) {
                return Optional.empty();
            }
            Optional<ForbiddenUse> byName = RULES.stream().filter(rule -> rule.matchesType(typeName)).findFirst();
            if (byName.isPresent()) {
                return byName.get().grantedBy(granted) ? Optional.empty() : byName;
            }
            if (!AllowedApi.allows(typeName, granted)) {
                return Optional.of(UNLISTED);
            }
            return inherited(base);
        }

        /**
         * The rule an allowed JDK class breaks through a class it extends that is refused as a whole:
         * {@code PropertyResourceBundle.getBundle} is {@code ResourceBundle.getBundle}, and a subclass
         * of a refused class is as refused as the class.
         */
        private Optional<ForbiddenUse> inherited(JavaClass allowed) {
            List<String> supertypes = Supertypes.of(allowed);
            return RULES.stream().filter(rule -> !rule.grantedBy(granted))
                    .filter(rule -> supertypes.stream().skip(1).anyMatch(rule::refusesClass))
                    .findFirst();
        }
    }

    private static String describe(JavaAccess<?> access, ForbiddenUse rule) {
        String owner = access.getTargetOwner().getSimpleName();
        String member = access.getName().equals("<init>") ? "new " + owner : owner + "." + access.getName();
        String line = access.getSourceCodeLocation().getSourceFileName() + ":" + access.getLineNumber();
        return access.getOrigin().getOwner().getSimpleName() + "." + access.getOrigin().getName()
                + " " + rule.name() + ": " + member + " at " + line + " — " + rule.reason();
    }

    private static String describe(Dependency dependency, ForbiddenUse rule) {
        JavaClass target = dependency.getTargetClass().isArray()
                ? dependency.getTargetClass().getBaseComponentType() : dependency.getTargetClass();
        return dependency.getOriginClass().getSimpleName() + " " + rule.name() + ": " + target.getName() + " at "
                + dependency.getSourceCodeLocation().getSourceFileName() + ":"
                + dependency.getSourceCodeLocation().getLineNumber() + " — " + rule.reason();
    }
}
