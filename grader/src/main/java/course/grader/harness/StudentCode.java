package course.grader.harness;

import course.grader.api.BoundedText;
import java.util.Arrays;
import java.util.Optional;

/** Tells the student's code apart from the JDK's and the grader's in stack traces. */
public final class StudentCode {

    private StudentCode() {
    }

    public static boolean isStudentClass(String className) {
        return className.startsWith("course.") && !className.startsWith("course.grader.");
    }

    /** The innermost frame in the student's code, if any. */
    public static Optional<StackTraceElement> innermostFrame(StackTraceElement[] stack) {
        return Arrays.stream(stack).filter(frame -> isStudentClass(frame.getClassName())).findFirst();
    }

    /** {@code Account.deposit(Account.java:42)}: a frame without the package, as students read it. */
    public static String describe(StackTraceElement frame) {
        String className = frame.getClassName();
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String location = frame.getFileName() == null ? "unknown source"
                : frame.getFileName() + (frame.getLineNumber() > 0 ? ":" + frame.getLineNumber() : "");
        return BoundedText.cap(simple + "." + frame.getMethodName() + "(" + location + ")", BoundedText.NAME);
    }

    /** Where in the student's code a stack is: {@code " at Account.deposit(Account.java:42)"}, or empty. */
    public static String whereIn(StackTraceElement[] stack) {
        return innermostFrame(stack).map(frame -> " at " + describe(frame)).orElse("");
    }

    /**
     * An exception as one line: its type, message and the student's line that threw it. The message
     * is the student's to choose, so it is cut to a feedback part's bound ({@link BoundedText#FIELD}).
     */
    public static String describe(Throwable thrown) {
        String message = thrown.getMessage() == null ? "" : ": " + BoundedText.cap(thrown.getMessage());
        return BoundedText.cap(thrown.getClass().getSimpleName(), BoundedText.NAME) + message + whereIn(thrown.getStackTrace());
    }

    /** {@code thread 'worker-1'}: a thread by its name, which the student's code may have chosen, cut to a name's bound. */
    public static String thread(String name) {
        return "thread '" + BoundedText.cap(name, BoundedText.NAME) + "'";
    }
}
