package course.counter;

/** Hostile: every level of finally doubles the compiler's work. */
final class Sabotage {
    int x;

    void f() {
        try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { try { x++; } finally { x++; } } } } } } } } } } } } } } } } } } } } } } } }
    }
}
