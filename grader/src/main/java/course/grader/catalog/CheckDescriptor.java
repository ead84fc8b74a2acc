package course.grader.catalog;

import course.grader.api.CheckBody;
import course.grader.api.CheckInfo;
import course.grader.api.CheckKind;
import java.time.Duration;
import java.util.List;

/** A check as the grader knows it before running it: read from its {@link CheckInfo}. */
public record CheckDescriptor(
        String exerciseId,
        String id,
        CheckKind kind,
        int points,
        String title,
        Duration timeLimit,
        Class<? extends CheckBody> bodyClass) {

    static CheckDescriptor of(String exerciseId, Class<? extends CheckBody> bodyClass) {
        CheckInfo info = bodyClass.getAnnotation(CheckInfo.class);
        if (info == null) {
            throw new IllegalStateException(bodyClass.getName() + " lacks @CheckInfo");
        }
        if (info.points() <= 0 || info.timeLimitSeconds() <= 0) {
            throw new IllegalStateException(bodyClass.getName() + ": points and time limit must be positive");
        }
        return new CheckDescriptor(exerciseId, info.id(), info.kind(), info.points(), info.title(),
                Duration.ofSeconds(info.timeLimitSeconds()), bodyClass);
    }

    /** The Java agents the checking JVM running this check loads at start-up ({@link CheckInfo#javaAgents()}). */
    public List<Class<?>> javaAgents() {
        return List.of(bodyClass.getAnnotation(CheckInfo.class).javaAgents());
    }

    /** The checks of the same exercise that must pass for this one to count ({@link CheckInfo#requires()}). */
    public List<String> requires() {
        return List.of(bodyClass.getAnnotation(CheckInfo.class).requires());
    }

    /** A fresh instance of the check's code; only the checking JVM calls this. */
    public CheckBody newBody() throws ReflectiveOperationException {
        return bodyClass.getDeclaredConstructor().newInstance();
    }
}
