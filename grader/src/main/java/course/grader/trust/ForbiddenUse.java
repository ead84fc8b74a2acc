package course.grader.trust;

import course.grader.api.Capability;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of code the grader does not run: what it matches (classes, packages, or members of
 * classes), why it is forbidden, and the capability that would allow it, if any. The gate's
 * allow-list refuses every API it does not list; these rules name the refusals a student should
 * recognise, and refuse members of classes the allow-list otherwise lets through.
 */
record ForbiddenUse(String name, String reason, Optional<Capability> allowedBy, List<Target> targets) {

    /**
     * A class (all its members, when {@code members} is empty) or a package prefix ending in '.'.
     * A member is a name ({@code exit}), or a name with parameter types when only one overload is
     * meant ({@code <init>(java.lang.String)}). A target {@code calledOnItself} matches a member only
     * where the code names the owner itself as the type it calls it on, not a subtype that inherits
     * or overrides it.
     */
    record Target(String owner, Set<String> members, Optional<String> parameterType, boolean allButMembers,
                  boolean calledOnItself) {

        boolean matchesType(String typeName) {
            return parameterType.isEmpty() && members.isEmpty() && !allButMembers && ownerMatches(typeName);
        }

        /** Whether this refuses the class {@code typeName} as a whole (not as part of a package). */
        boolean refusesClass(String typeName) {
            return matchesType(typeName) && !owner.endsWith(".");
        }

        /**
         * A member rule; a rule on a whole type or package is judged on the type named, by {@link #matchesType}.
         * {@code named} tells whether {@code ownerName} is the type the code calls the member on.
         */
        boolean matchesMember(String ownerName, boolean named, String memberName, String fullName) {
            if (calledOnItself && !named) {
                return false;
            }
            if (parameterType.isPresent()) {
                return parameterTypes(fullName).contains(parameterType.get());
            }
            if (allButMembers) {
                return ownerName.equals(owner) && !members.contains(memberName);
            }
            return !members.isEmpty() && ownerMatches(ownerName) && (members.stream().anyMatch(member -> member.contains("(")
                    ? fullName.equals(ownerName + "." + member)
                    : member.equals(memberName)));
        }

        /** {@code java.util.Scanner.<init>(java.nio.file.Path, java.lang.String)}: its parameter types. */
        private static List<String> parameterTypes(String fullName) {
            int open = fullName.indexOf('(');
            String list = open < 0 ? "" : fullName.substring(open + 1, fullName.lastIndexOf(')'));
            return list.isBlank() ? List.of() : List.of(list.split(",\\s*"));
        }

        private boolean ownerMatches(String typeName) {
            return owner.endsWith(".") ? typeName.startsWith(owner) : typeName.equals(owner)
                    || typeName.startsWith(owner + "$");
        }
    }

    static Target type(String owner, String... members) {
        return new Target(owner, Set.of(members), Optional.empty(), false, false);
    }

    /**
     * {@code members} of {@code owner} where the code calls them on that very type: {@code
     * Object.hashCode} called on an {@code Object}, not a {@code String}'s own hashCode.
     */
    static Target calledOn(String owner, String... members) {
        return new Target(owner, Set.of(members), Optional.empty(), false, true);
    }

    /**
     * Every member of {@code owner} but {@code allowed}: for a type whose few harmless members an
     * exercise may use, where any member the JDK adds later must be refused too.
     */
    static Target allBut(String owner, String... allowed) {
        return new Target(owner, Set.of(allowed), Optional.empty(), true, false);
    }

    static Target pkg(String prefix) {
        return new Target(prefix + ".", Set.of(), Optional.empty(), false, false);
    }

    /**
     * Every method and constructor, of any class, that takes a {@code parameterType}: how a rule
     * refuses what can only be done with a file, whichever allowed class offers it ({@code new
     * Scanner(Path)}, {@code new Formatter(File)}, {@code redirectOutput(File)}).
     */
    static Target taking(String parameterType) {
        return new Target("", Set.of(), Optional.of(parameterType), false, false);
    }

    static ForbiddenUse never(String name, String reason, Target... targets) {
        return new ForbiddenUse(name, reason, Optional.empty(), List.of(targets));
    }

    static ForbiddenUse unless(Capability capability, String name, String reason, Target... targets) {
        return new ForbiddenUse(name, reason, Optional.of(capability), List.of(targets));
    }

    boolean matchesType(String typeName) {
        return targets.stream().anyMatch(target -> target.matchesType(typeName));
    }

    boolean refusesClass(String typeName) {
        return targets.stream().anyMatch(target -> target.refusesClass(typeName));
    }

    boolean matchesMember(String ownerName, boolean named, String memberName, String fullName) {
        return targets.stream().anyMatch(target -> target.matchesMember(ownerName, named, memberName, fullName));
    }

    boolean grantedBy(Set<Capability> granted) {
        return allowedBy.map(granted::contains).orElse(false);
    }
}
