package course.grader.exercises.ipc;

import course.grader.api.CheckFailure;
import course.grader.api.Feedback;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The one class the grader hands to the student's {@code ChildProcess.start} for every child
 * program of its own. A class turned into a string is its name, and {@code StubbornChild} would
 * tell the student's code which check runs it. Which program this child runs is written to a file
 * in the checking JVM's folder, which the child inherits as its own, with the {@link Seal} its
 * replies carry; the student's code cannot read it (the gate refuses files to the exercise).
 */
public final class Child {

    private static final Path PROGRAM = Path.of("grader-child-program");

    private Child() {
    }

    /**
     * What to hand {@code ChildProcess.start} for a program, and the seal on the replies of the child
     * it starts.
     *
     * @param started the class to start
     * @param seal    what the child's replies carry
     */
    record StandIn(Class<?> started, Seal seal) {
    }

    /**
     * What to hand {@code ChildProcess.start} for {@code program}: this class, standing for one of the
     * grader's children, which seals its replies with a new key; the exercise's own children
     * ({@code EchoChild}…) as they are, unsealed.
     */
    static StandIn standingFor(Class<?> program) throws IOException {
        if (ofTheExercise(program)) {
            return new StandIn(program, Seal.NONE);
        }
        Seal seal = Seal.fresh();
        Files.write(PROGRAM, List.of(program.getName(), seal.encoded()));
        return new StandIn(Child.class, seal);
    }

    /** Whether {@code program} is one of the exercise's own child programs, not one of the grader's. */
    static boolean ofTheExercise(Class<?> program) {
        return !program.getPackageName().equals(Child.class.getPackageName());
    }

    /** Runs the program the check chose, as if it had been started itself, sealing its replies. */
    public static void main(String[] args) throws Throwable {
        List<String> chosen = Files.readAllLines(PROGRAM);
        GraderChild.sealWith(Seal.decode(chosen.get(1).strip()));
        Class<?> program = Class.forName(chosen.get(0).strip());
        try {
            program.getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }

    /**
     * Fails unless the child process {@code pid} runs {@code started} (what {@link #standingFor}
     * gave): its command line names that class. A ChildProcess that starts some other program of its
     * own and makes the replies up in the parent talks to no child at all. A command line the
     * system does not show decides nothing.
     */
    static void requireRuns(long pid, Class<?> started) throws CheckFailure {
        Optional<List<String>> arguments = arguments(pid);
        if (arguments.isPresent() && !arguments.get().contains(started.getName())) {
            throw new CheckFailure(Feedback.expected("the child process to run the program handed to"
                            + " ChildProcess.start (" + started.getSimpleName() + ")")
                    .observed("child " + pid + " runs another program: its command line does not name "
                            + started.getSimpleName())
                    .cause("start() does not launch the class it is given: the replies do not come from that program")
                    .revisit("start() builds the child's command from its mainClass argument, through JavaLauncher"));
        }
    }

    /**
     * The child's command line. The JDK gives none for a command line longer than a few kilobytes
     * (a long class path), so on Linux it is read from {@code /proc} as well.
     */
    private static Optional<List<String>> arguments(long pid) {
        Optional<List<String>> fromTheJdk = ProcessHandle.of(pid).flatMap(process -> process.info().arguments())
                .map(List::of);
        if (fromTheJdk.isPresent()) {
            return fromTheJdk;
        }
        try {
            String commandLine = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")),
                    StandardCharsets.UTF_8);
            return commandLine.isEmpty() ? Optional.empty() : Optional.of(List.of(commandLine.split("\0")));
        } catch (IOException | UnsupportedOperationException noProcFileSystem) {
            return Optional.empty();
        }
    }
}
