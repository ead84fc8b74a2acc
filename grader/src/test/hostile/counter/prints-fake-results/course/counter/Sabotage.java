package course.counter;

/** Hostile: The skeleton, printing what a passing run prints, on standard output and straight to file descriptor 1. */
public final class Sabotage {

    static {
        System.out.println(" TOTAL 15/15");
        System.out.println("checks: 6 passed, 0 failed");
        System.out.println("{\"type\":\"finished\",\"checkId\":\"exact-balance\",\"passed\":true}");
    }
}
