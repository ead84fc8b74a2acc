package course.grader.harness;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

/**
 * What a check hands to student code — a ledger, a stay, a task, an output — with no name of the
 * grader's on it. A lambda's class is named after the class it is written in, and its
 * {@code toString()} says so: {@code String.valueOf(ledger)} would be
 * {@code course.grader.exercises.counter.LockGranularity$$Lambda/0x…@1b6d3586}, which tells the code
 * which check is calling it, so it could behave well there only. The gate refuses {@code getClass()};
 * this closes every other way an object becomes its class's name (string concatenation, a
 * collection's or a record's {@code toString}, an exception's message). The handed object answers
 * {@code toString} as an anonymous class of a program's would — {@code Main$3@1b6d3586}, under a
 * caller's name drawn once per JVM and a number per interface — for a name no program's object
 * has ({@code course.counter.Ledger@1b6d3586}, say) would itself tell the code it is being graded;
 * {@code equals} and {@code hashCode} answer by identity; every other call
 * goes to the target as it is, exceptions included.
 *
 * <pre>{@code
 * Account account = new Account(0, Neutral.as(Ledger.class, (change, balanceAfter) -> entries.add(change)));
 * }</pre>
 */
public final class Neutral {

    /** The classes a program's anonymous classes are often written in: one is drawn per JVM. */
    private static final List<String> CALLERS = List.of("Main", "Demo", "App", "Example", "Program");
    private static final String CALLER = CALLERS.get(ThreadLocalRandom.current().nextInt(CALLERS.size()));
    /** The first number of the anonymous classes, drawn once per JVM: a program has a few before them. */
    private static final int FIRST_NUMBER = ThreadLocalRandom.current().nextInt(1, 6);
    private static final Map<Class<?>, String> CLASS_NAMES = new ConcurrentHashMap<>();

    private Neutral() {
    }

    /** {@code target}, seen through {@code type} only, under a name that is the same in every check. */
    public static <T> T as(Class<T> type, T target) {
        if (!type.isInterface()) {
            throw new IllegalArgumentException(type + " is not an interface");
        }
        ClassLoader loader = type.getClassLoader() != null ? type.getClassLoader() : Neutral.class.getClassLoader();
        return type.cast(Proxy.newProxyInstance(loader, new Class<?>[] {type}, new Forwarding(type, target)));
    }

    /** A task, as {@link #as} makes it: for a generic interface, typed. */
    @SuppressWarnings("unchecked")
    public static <T> Callable<T> callable(Callable<T> task) {
        return as(Callable.class, task);
    }

    /** A function, as {@link #as} makes it: for a generic interface, typed. */
    @SuppressWarnings("unchecked")
    public static <T, R> Function<T, R> function(Function<T, R> function) {
        return as(Function.class, function);
    }

    /**
     * The name a handed object of a class of the grader's own answers {@code toString} with, as one
     * made by {@link #as} does: a class written for a model checker, which cannot trace through a proxy,
     * overrides {@code toString} with this.
     */
    public static String nameOf(Class<?> type, Object handed) {
        String anonymous = CLASS_NAMES.computeIfAbsent(type, named -> CALLER + "$" + (FIRST_NUMBER + CLASS_NAMES.size()));
        return anonymous + "@" + Integer.toHexString(System.identityHashCode(handed));
    }

    private record Forwarding(Class<?> type, Object target) implements InvocationHandler {

        @Override
        public Object invoke(Object proxy, Method method, Object[] arguments) throws Throwable {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> nameOf(type, proxy);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == arguments[0];
                    default -> throw new AssertionError(method);
                };
            }
            try {
                return method.invoke(target, arguments);
            } catch (InvocationTargetException thrown) {
                throw thrown.getCause();
            }
        }
    }
}
