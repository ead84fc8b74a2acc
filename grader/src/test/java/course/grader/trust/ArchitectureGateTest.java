package course.grader.trust;

import course.grader.api.Capability;
import course.grader.api.CheckBody;
import course.grader.api.Exercise;
import course.grader.api.GivenSource;
import course.grader.catalog.ExerciseDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The gate flags what it must, and only that. */
class ArchitectureGateTest {

    @TempDir
    Path work;

    /** An exercise named {@code gate} that grants nothing. */
    public static class Plain implements Exercise {
        @Override
        public String id() {
            return "gate";
        }

        @Override
        public String title() {
            return "gate";
        }

        @Override
        public List<Class<? extends CheckBody>> checks() {
            return List.of();
        }
    }

    /** The same exercise, granting processes. */
    public static final class WithProcesses extends Plain {
        @Override
        public Set<Capability> capabilities() {
            return Set.of(Capability.PROCESSES);
        }
    }

    /** The same exercise, with a timed method: granting the clock. */
    public static final class WithClock extends Plain {
        @Override
        public Set<Capability> capabilities() {
            return Set.of(Capability.CLOCK);
        }
    }

    @Test
    void onlyAnExerciseWithTimedMethodsReadsTheClockHoweverItIsRead() throws Exception {
        Path classes = compile("""
                package course.gate;
                import java.util.concurrent.TimeUnit;
                import java.util.concurrent.locks.Condition;
                public class Timing {
                    public static boolean underAModelChecker() {
                        return System.nanoTime() == System.nanoTime();
                    }
                    public static long millis() {
                        return System.currentTimeMillis() + java.time.Instant.now().getNano();
                    }
                    public static long calendar() {
                        return new java.util.GregorianCalendar().getTimeInMillis() + new java.util.Date().getTime();
                    }
                    public static boolean timedWait(Condition ready) throws InterruptedException {
                        Thread.sleep(1);
                        return ready.await(5, TimeUnit.MILLISECONDS);
                    }
                }""");
        List<String> violations = ArchitectureGate.violations(ExerciseDescriptor.of(Plain.class), classes);
        assertEquals(3, violations.size(), violations::toString);
        assertTrue(violations.stream().allMatch(violation -> violation.contains("reads the clock")), violations::toString);
        assertTrue(violations.stream().anyMatch(violation ->
                violation.startsWith("Timing.underAModelChecker reads the clock: System.nanoTime at Timing.java:6")),
                violations::toString);
        assertEquals(List.of(), ArchitectureGate.violations(ExerciseDescriptor.of(WithClock.class), classes),
                "a timed wait is no clock reading, and the clock is granted where waits are timed");
    }

    @Test
    void identityHashesAreRefusedButAValuesOwnHashIsNot() throws Exception {
        Path classes = compile("""
                package course.gate;
                public class Hashes {
                    public static boolean underAModelChecker() {
                        return System.identityHashCode(new Object()) == 0 || new Object().hashCode() == 0;
                    }
                    public static int ofValues(String name, Integer count, java.util.List<String> names) {
                        return name.hashCode() + count.hashCode() + names.hashCode() + java.util.Objects.hash(name, count);
                    }
                }""");
        List<String> violations = ArchitectureGate.violations(ExerciseDescriptor.of(Plain.class), classes);
        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).startsWith("Hashes.underAModelChecker asks for identity hash codes"), violations.get(0));
    }

    @Test
    void streamsOverProcessesAndPathConstantsAreNotFileAccess() throws Exception {
        Path classes = compile("""
                package course.gate;
                public class Child {
                    public static String classPath(String first, String second) {
                        return first + java.io.File.pathSeparator + second;
                    }
                    public static java.io.PrintStream wrap(java.io.OutputStream out) {
                        return new java.io.PrintStream(out, true);
                    }
                }""");
        assertEquals(List.of(), ArchitectureGate.violations(ExerciseDescriptor.of(Plain.class), classes));
    }

    @Test
    void aPrintStreamOpenedOnAFileNameIsFileAccess() throws Exception {
        Path classes = compile("""
                package course.gate;
                public class Writer {
                    public static java.io.PrintStream open() throws java.io.IOException {
                        return new java.io.PrintStream("grade.json");
                    }
                }""");
        List<String> violations = ArchitectureGate.violations(ExerciseDescriptor.of(Plain.class), classes);
        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).startsWith("Writer.open reads or writes files: new PrintStream at Writer.java:4"),
                violations.get(0));
    }

    @Test
    void aCapabilityLiftsOnlyItsOwnRule() throws Exception {
        Path classes = compile("""
                package course.gate;
                public class Starter {
                    public static Process start(ProcessBuilder launched) throws java.io.IOException {
                        return launched.start();
                    }
                    public static void quit() {
                        System.exit(1);
                    }
                }""");
        assertEquals(2, ArchitectureGate.violations(ExerciseDescriptor.of(Plain.class), classes).size(), "processes and exit");
        List<String> granted = ArchitectureGate.violations(ExerciseDescriptor.of(WithProcesses.class), classes);
        assertEquals(1, granted.size(), granted::toString);
        assertTrue(granted.get(0).contains("ends the JVM"), granted.get(0));
    }

    @Test
    void anInheritedMemberCalledThroughASubclassIsJudgedAsItsDeclaringClassSaysItIs() throws Exception {
        Path classes = compile("""
                package course.gate;
                public class Spy extends Thread {
                    public static int frames() {
                        return Spy.getAllStackTraces().size();
                    }
                    static class Trace extends RuntimeException {
                    }
                    public static int depth() {
                        return new Trace().getStackTrace().length;
                    }
                }""");
        List<String> violations = ArchitectureGate.violations(ExerciseDescriptor.of(Plain.class), classes);
        assertEquals(2, violations.size(), violations::toString);
        assertTrue(violations.stream().allMatch(violation -> violation.contains("reads the call stack")), violations::toString);
        assertTrue(violations.stream().anyMatch(violation -> violation.contains("Spy.getAllStackTraces at Spy.java:4")),
                violations::toString);
        assertTrue(violations.stream().anyMatch(violation -> violation.contains("Trace.getStackTrace at Spy.java:9")),
                violations::toString);
    }

    @Test
    void aJdkApiNobodyListedIsRefused() throws Exception {
        Path classes = compile("""
                package course.gate;
                public class Snoop {
                    public static long uptime() {
                        java.util.logging.Logger.getLogger("x").info("hello");
                        return java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
                    }
                }""");
        List<String> violations = ArchitectureGate.violations(ExerciseDescriptor.of(Plain.class), classes);
        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).startsWith("Snoop.uptime uses an API the exercise does not allow: "), violations.get(0));
    }

    /**
     * Checking JVMs of exercises with interleaving checks start with a Java agent: the model checker's
     * classes and Byte Buddy hand out its Instrumentation, which could redefine the grader's classes.
     */
    @Test
    void theModelCheckerAndByteBuddyAreTheGradersClasses() throws Exception {
        Path classes = compile("""
                package course.gate;
                public class Spy {
                    public static Object lincheck() {
                        return org.jetbrains.lincheck.Instrumentations.instrumentation();
                    }
                    public static Object kotlinx() {
                        return new org.jetbrains.kotlinx.lincheck.Checker();
                    }
                    public static Object byteBuddy() {
                        return net.bytebuddy.agent.ByteBuddyAgent.install();
                    }
                }""", """
                package org.jetbrains.lincheck;
                public class Instrumentations {
                    public static Object instrumentation() {
                        return null;
                    }
                }""", """
                package org.jetbrains.kotlinx.lincheck;
                public class Checker {
                }""", """
                package net.bytebuddy.agent;
                public class ByteBuddyAgent {
                    public static Object install() {
                        return null;
                    }
                }""");
        List<String> violations = ArchitectureGate.violations(ExerciseDescriptor.of(Plain.class), classes);
        for (String method : List.of("lincheck", "kotlinx", "byteBuddy")) {
            assertTrue(violations.stream().anyMatch(violation -> violation.startsWith("Spy." + method
                    + " uses the grader's classes")), violations::toString);
        }
    }

    @Test
    void anotherExercisesClassesAreNotThisOnes() throws Exception {
        Path classes = compile("""
                package course.gate;
                public class Borrower {
                    public static Object borrow() {
                        return new course.gate.sub.Helper();
                    }
                }""", """
                package course.gate.sub;
                public class Helper {
                }""");
        List<String> violations = ArchitectureGate.violations(ExerciseDescriptor.of(Plain.class), classes);
        assertTrue(violations.stream().anyMatch(violation -> violation.startsWith("Borrower.borrow uses an API")),
                violations::toString);
    }

    @Test
    void plainConcurrentJavaInEveryModernFormPasses() throws Exception {
        Path classes = compile("""
                package course.gate;
                import java.lang.invoke.MethodHandles;
                import java.lang.invoke.VarHandle;
                import java.util.concurrent.locks.StampedLock;
                public class Modern {
                    record Pair(int left, int right) { }
                    sealed interface Shape permits Square { }
                    record Square(int side) implements Shape { }
                    private static final VarHandle COUNT;
                    static {
                        try {
                            COUNT = MethodHandles.lookup().findVarHandle(Modern.class, "count", int.class);
                        } catch (ReflectiveOperationException e) {
                            throw new ExceptionInInitializerError(e);
                        }
                    }
                    private volatile int count;
                    private final StampedLock lock = new StampedLock();
                    public String describe(Object value) {
                        COUNT.getAndAdd(this, 1);
                        java.util.concurrent.locks.Lock write = lock.asWriteLock();
                        write.lock();
                        try {
                            Runnable task = () -> count++;
                            Thread.ofVirtual().start(task);
                            return switch (value) {
                                case Pair(int left, int right) -> "pair " + (left + right);
                                case Square square -> "square " + square.side();
                                case String text when text.isEmpty() -> "empty";
                                default -> String.valueOf(value) + Thread.currentThread().getName();
                            };
                        } finally {
                            write.unlock();
                        }
                    }
                }""");
        assertEquals(List.of(), ArchitectureGate.violations(ExerciseDescriptor.of(Plain.class), classes));
    }

    @Test
    void theProcessExercisesMayLetChildrenInheritTheConsoleButNotReachOtherProcesses() throws Exception {
        // A child may print where its parent prints: results travel on a private socket, and the
        // checking JVM's own output is discarded, so what a child writes there is never a result.
        Path classes = compile("""
                package course.gate;
                public class Sharer {
                    public static Process share(ProcessBuilder launched) throws java.io.IOException {
                        return launched.inheritIO().start();
                    }
                    public static Process redirect(ProcessBuilder launched) throws java.io.IOException {
                        return launched.redirectError(ProcessBuilder.Redirect.INHERIT).start();
                    }
                    public static long others() {
                        return ProcessHandle.allProcesses().count() + Runtime.getRuntime().availableProcessors();
                    }
                }""");
        List<String> violations = ArchitectureGate.violations(ExerciseDescriptor.of(WithProcesses.class), classes);
        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.stream().anyMatch(violation -> violation.startsWith(
                "Sharer.others reaches processes it did not start: ProcessHandle.allProcesses")), violations::toString);
    }

    @Test
    void aChildProgramMayUseItsStandardStreamsRawButNoOtherExerciseMayAndNobodyOpensAFileSo() throws Exception {
        // A child's standard streams are its pipes to its parent, and students open them raw for binary frames.
        Path classes = compile("""
                package course.gate;
                public class RawChild {
                    public static void main(String[] args) throws java.io.IOException {
                        java.io.InputStream in = new java.io.BufferedInputStream(new java.io.FileInputStream(java.io.FileDescriptor.in));
                        java.io.OutputStream out = new java.io.BufferedOutputStream(new java.io.FileOutputStream(java.io.FileDescriptor.out));
                        out.write(in.read());
                        out.flush();
                    }
                    public static java.io.OutputStream log() throws java.io.IOException {
                        return new java.io.FileOutputStream("child.log", true);
                    }
                }""");
        List<String> inAProcessExercise = ArchitectureGate.violations(ExerciseDescriptor.of(WithProcesses.class), classes);
        assertEquals(1, inAProcessExercise.size(), inAProcessExercise::toString);
        assertTrue(inAProcessExercise.get(0).startsWith("RawChild.log reads or writes files: new FileOutputStream"),
                inAProcessExercise::toString);
        List<String> elsewhere = ArchitectureGate.violations(ExerciseDescriptor.of(Plain.class), classes);
        assertTrue(elsewhere.stream().anyMatch(violation -> violation.startsWith(
                "RawChild.main bypasses the console through a FileDescriptor")), elsewhere::toString);
    }

    /**
     * Where processes are granted, children start only as the kit's launcher starts them: no other
     * program, command, environment or folder, and the JVM's own handle is not the exercise's.
     */
    @Test
    void theProcessExercisesStartChildrenOnlyThroughTheLauncher() throws Exception {
        Path classes = compile("""
                package course.gate;
                public class Starter {
                    public static Object create() {
                        return new ProcessBuilder("sh");
                    }
                    public static Object rewrite(ProcessBuilder launched) {
                        return launched.command().set(0, "/bin/sh");
                    }
                    public static Object replace(ProcessBuilder launched) {
                        return launched.command("sh", "-c", "jcmd");
                    }
                    public static Object agent(ProcessBuilder launched) {
                        return launched.environment().put("JAVA_TOOL_OPTIONS", "-javaagent:agent.jar");
                    }
                    public static Object folder(ProcessBuilder launched) {
                        return launched.directory(null);
                    }
                    public static Object pipeline(java.util.List<ProcessBuilder> launched) throws java.io.IOException {
                        return ProcessBuilder.startPipeline(launched);
                    }
                    public static Object exec() throws java.io.IOException {
                        return Runtime.getRuntime().exec(new String[] {"jcmd"});
                    }
                    public static long self() {
                        return ProcessHandle.current().pid();
                    }
                    public static Object reference() {
                        java.util.function.Function<ProcessBuilder, java.util.List<String>> command =
                                ProcessBuilder::command;
                        return command;
                    }
                }""");
        List<String> violations = ArchitectureGate.violations(ExerciseDescriptor.of(WithProcesses.class), classes);
        assertEquals(9, violations.size(), violations::toString);
        for (String method : List.of("create", "rewrite", "replace", "agent", "folder", "pipeline", "exec", "reference")) {
            assertTrue(violations.stream().anyMatch(violation -> violation.startsWith("Starter." + method
                    + " starts a process other than through JavaLauncher: ")
                    && violation.contains("JavaLauncher.javaProcess")), method + ": " + violations);
        }
        assertTrue(violations.stream().anyMatch(violation -> violation.startsWith(
                "Starter.self reaches processes it did not start: ProcessHandle.current")), violations::toString);
    }

    @Test
    void theProcessExercisesMayRedirectStartAndEndTheChildrenTheLauncherBuilds() throws Exception {
        Path classes = compile("""
                package course.gate;
                public class Parent {
                    public static Process start(ProcessBuilder launched) throws java.io.IOException {
                        return launched.redirectError(ProcessBuilder.Redirect.DISCARD).redirectErrorStream(false)
                                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
                    }
                    public static boolean end(Process child) throws InterruptedException {
                        ProcessHandle handle = child.toHandle();
                        handle.descendants().forEach(ProcessHandle::destroyForcibly);
                        handle.children().forEach(ProcessHandle::destroy);
                        handle.onExit().thenRun(() -> { });
                        child.destroy();
                        return handle.isAlive() && handle.pid() > 0 && handle.info().command().isPresent()
                                && child.waitFor(1, java.util.concurrent.TimeUnit.SECONDS);
                    }
                }""");
        assertEquals(List.of(), ArchitectureGate.violations(ExerciseDescriptor.of(WithProcesses.class), classes));
    }

    /** The exercise of {@link WithProcesses}, giving {@code course.gate.Launcher} as the kit's code. */
    public static final class WithALauncher extends Plain {
        @Override
        public Set<Capability> capabilities() {
            return Set.of(Capability.PROCESSES);
        }

        @Override
        public List<GivenSource> givenSources() {
            return List.of(new GivenSource("course.gate", "Launcher"));
        }
    }

    @Test
    void theGivenLauncherIsTheKitsCodeButAClassNamedLikeItsNestedOnesIsNot() throws Exception {
        Path classes = compile("""
                package course.gate;
                public class Launcher {
                    public static ProcessBuilder javaProcess(String mainClass) {
                        return new ProcessBuilder("java", mainClass);
                    }
                }""", """
                package course.gate;
                public class Other {
                }
                class Launcher$Nested {
                    static ProcessBuilder shell() {
                        return new ProcessBuilder("sh");
                    }
                }""");
        List<String> violations = ArchitectureGate.violations(ExerciseDescriptor.of(WithALauncher.class), classes);
        assertEquals(1, violations.size(), violations::toString);
        assertTrue(violations.get(0).contains("shell starts a process other than through JavaLauncher"),
                violations.get(0));
    }

    private Path compile(String... sources) throws Exception {
        for (String source : sources) {
            String pkg = source.substring(source.indexOf("package ") + 8, source.indexOf(';'));
            String name = source.substring(source.indexOf("class ") + 6).split("[^\\w]")[0];
            Path file = work.resolve("src/" + pkg.replace('.', '/') + "/" + name + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source);
        }
        assertEquals(0, javax.tools.ToolProvider.getSystemJavaCompiler().run(null, null, null,
                Stream.concat(Stream.of("--release", "21", "-d", work.resolve("classes").toString()),
                        findJava(work.resolve("src"))).toArray(String[]::new)), "the test's sources compile");
        return work.resolve("classes");
    }

    private static Stream<String> findJava(Path root) throws java.io.IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(Path::toString).filter(name -> name.endsWith(".java")).toList().stream();
        }
    }
}
