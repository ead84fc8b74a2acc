package course.grader.exercises.ipc;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one class the grader hands to the student's {@code ChildProcess.start} for every child
 * program of its own. A class turned into a string is its name, and {@code StubbornChild} would
 * tell the student's code which check runs it. Which program this child runs is written to a file
 * in the checking JVM's folder, which the child inherits as its own; the student's code cannot
 * read it (the gate refuses files to the exercise).
 */
public final class Child {

    private static final Path PROGRAM = Path.of("grader-child-program");

    private Child() {
    }

    /**
     * What to hand {@code ChildProcess.start} for {@code program}: this class, standing for one of the
     * grader's children; the exercise's own children ({@code EchoChild}…) as they are.
     */
    static Class<?> standingFor(Class<?> program) throws IOException {
        if (!program.getPackageName().equals(Child.class.getPackageName())) {
            return program;
        }
        Files.writeString(PROGRAM, program.getName());
        return Child.class;
    }

    /** Runs the program the check chose, as if it had been started itself. */
    public static void main(String[] args) throws Throwable {
        Class<?> program = Class.forName(Files.readString(PROGRAM).strip());
        try {
            program.getMethod("main", String[].class).invoke(null, (Object) args);
        } catch (InvocationTargetException failed) {
            throw failed.getCause();
        }
    }
}
