package course.grader.api;

/**
 * A source file of an exercise's skeleton that the student uses but must not change, such as the
 * launcher that starts child JVMs. The grader compiles the kit's own copy of it in place of the
 * student's, so that what the gate exempts as the kit's code is the kit's code.
 *
 * @param packageName the exercise's package ({@code course.ipc})
 * @param simpleName  the top-level class the file declares ({@code JavaLauncher})
 */
public record GivenSource(String packageName, String simpleName) {

    /** {@code course.ipc.JavaLauncher}. */
    public String className() {
        return packageName + "." + simpleName;
    }

    /** {@code course/ipc}: its package's folder under a source or class root. */
    public String packageFolder() {
        return packageName.replace('.', '/');
    }

    /** {@code course/ipc/JavaLauncher.java}: where it sits under a source root. */
    public String relativePath() {
        return packageFolder() + "/" + fileName();
    }

    /** {@code JavaLauncher.java}: the source file name its class files record. */
    public String fileName() {
        return simpleName + ".java";
    }

    /**
     * Whether a class file is compiled from this source: its top-level class or one nested in it,
     * recording this file as its source. A class the student names {@code JavaLauncher$X} in a file
     * of their own records that file, so it is not taken for the kit's.
     */
    public boolean compiledTo(String className, String sourceFileName) {
        return fileName().equals(sourceFileName)
                && (className.equals(className()) || className.startsWith(className() + "$"));
    }
}
