package course.grader.api;

import java.util.Locale;

/** How a check decides: the kinds a course author can choose from. */
public enum CheckKind {
    /** Many threads, many iterations, repeated, with scheduling jitter; an exact property at the end. */
    STRESS,
    /** A jcstress test: every interleaving outcome the JVM produces is counted and judged. */
    JCSTRESS,
    /** Time is the property: compared as a ratio to a baseline measured in the same run. */
    TIMING,
    /** An ArchUnit rule over the student's compiled classes: which mechanism the code uses. */
    ARCHITECTURE,
    /** Behaviour in a scenario, checked step by step. */
    FUNCTIONAL,
    /**
     * A model checker runs a few calls from two threads under every schedule it can reach within a
     * budget and compares each outcome with the sequential specification; a failure shows the
     * schedule, step by step.
     */
    INTERLEAVING;

    /** The lower-case name used in reports. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
