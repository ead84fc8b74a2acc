package course.grader.trust;

import com.tngtech.archunit.core.domain.JavaAccess;
import course.grader.api.Capability;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of code the grader does not run: what it matches (classes, or members of classes, that
 * the student's code accesses), why it is forbidden, and the capability that would allow it.
 */
record ForbiddenUse(String name, String reason, Optional<Capability> allowedBy, List<Target> targets) {

    /**
     * A class (all its members, when {@code members} is empty) or a package prefix ending in '.'.
     * A member is a name ({@code exit}), or a name with parameter types when only one overload is
     * meant ({@code <init>(java.lang.String)}).
     */
    record Target(String owner, Set<String> members) {

        boolean matches(JavaAccess<?> access) {
            String ownerName = access.getTargetOwner().getName();
            boolean ownerMatches = owner.endsWith(".") ? ownerName.startsWith(owner) : ownerName.equals(owner);
            return ownerMatches && (members.isEmpty() || members.stream().anyMatch(member -> member.contains("(")
                    ? access.getTarget().getFullName().equals(ownerName + "." + member)
                    : member.equals(access.getName())));
        }
    }

    static Target type(String owner, String... members) {
        return new Target(owner, Set.of(members));
    }

    static Target pkg(String prefix) {
        return new Target(prefix + ".", Set.of());
    }

    static ForbiddenUse never(String name, String reason, Target... targets) {
        return new ForbiddenUse(name, reason, Optional.empty(), List.of(targets));
    }

    static ForbiddenUse unless(Capability capability, String name, String reason, Target... targets) {
        return new ForbiddenUse(name, reason, Optional.of(capability), List.of(targets));
    }

    boolean matches(JavaAccess<?> access) {
        return targets.stream().anyMatch(target -> target.matches(access));
    }
}
