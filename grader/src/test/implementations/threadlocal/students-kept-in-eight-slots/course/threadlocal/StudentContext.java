package course.threadlocal;

import java.util.concurrent.Callable;

/** Mutant: each thread keeps its students in eight slots; deeper calls overwrite the last one. */
public final class StudentContext {

    private static final int SLOTS = 8;

    /** A thread's students, innermost at depth - 1. */
    private static final class Stack {
        final String[] students = new String[SLOTS];
        int depth;
    }

    private static final ThreadLocal<Stack> STACK = new ThreadLocal<>();

    private StudentContext() {
    }

    public static String current() {
        Stack stack = STACK.get();
        return stack == null || stack.depth == 0 ? null : stack.students[Math.min(stack.depth, SLOTS) - 1];
    }

    public static <T> T callAs(String student, Callable<T> task) throws Exception {
        Stack stack = STACK.get();
        if (stack == null) {
            stack = new Stack();
            STACK.set(stack);
        }
        stack.students[Math.min(stack.depth, SLOTS - 1)] = student;
        stack.depth++;
        try {
            return task.call();
        } finally {
            stack.depth--;
            if (stack.depth == 0) {
                STACK.remove();
            }
        }
    }
}
