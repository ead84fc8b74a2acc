package course.deadlock;

/** Mutant: the deadlock "fixed" by dropping the locks. */
public class Workshop {

    private final Runnable work;

    public Workshop(Runnable work) {
        this.work = work;
    }

    public void f() {
        work.run();
    }

    public void g() {
        work.run();
    }
}
