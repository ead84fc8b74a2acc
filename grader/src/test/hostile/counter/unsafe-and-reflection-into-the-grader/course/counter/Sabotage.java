package course.counter;

/** Hostile: Reaches for sun.misc.Unsafe and the grader's classes through reflection. */
public final class Sabotage {

    public static Object tamper() throws ReflectiveOperationException {
        java.lang.reflect.Field unsafe = Class.forName("sun.misc.Unsafe").getDeclaredField("theUnsafe");
        unsafe.setAccessible(true);
        return Class.forName("course.grader.report.Grade").getDeclaredFields();
    }
}
