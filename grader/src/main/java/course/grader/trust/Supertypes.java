package course.grader.trust;

import com.tngtech.archunit.core.domain.JavaClass;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A type and every type it inherits members from, by name, nearest first. The student's classes
 * are read from their bytecode; the JDK's, which the gate imports only by name, from the JDK this
 * grader runs on (loaded, never initialized).
 */
final class Supertypes {

    private Supertypes() {
    }

    static List<String> of(JavaClass type) {
        Set<String> names = new LinkedHashSet<>();
        collect(type, names);
        return new ArrayList<>(names);
    }

    private static void collect(JavaClass type, Set<String> names) {
        if (!names.add(type.getName())) {
            return;
        }
        if (type.getSource().isPresent()) {
            type.getRawSuperclass().ifPresent(superclass -> collect(superclass, names));
            type.getRawInterfaces().forEach(implemented -> collect(implemented, names));
        } else {
            collectFromTheJdk(type.getName(), names);
        }
    }

    private static void collectFromTheJdk(String name, Set<String> names) {
        Class<?> jdkType;
        try {
            jdkType = Class.forName(name, false, ClassLoader.getPlatformClassLoader());
        } catch (ClassNotFoundException | LinkageError notTheJdks) {
            return;
        }
        collect(jdkType, names);
    }

    private static void collect(Class<?> type, Set<String> names) {
        names.add(type.getName());
        if (type.getSuperclass() != null) {
            collect(type.getSuperclass(), names);
        }
        for (Class<?> implemented : type.getInterfaces()) {
            collect(implemented, names);
        }
    }
}
