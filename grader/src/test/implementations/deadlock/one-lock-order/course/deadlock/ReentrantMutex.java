package course.deadlock;

/** A correct alternative: the state lives behind a private monitor, out of reach of other code. */
public class ReentrantMutex {

    private final Object monitor = new Object();
    private Thread owner;
    private int holds;

    public void lock() {
        Thread caller = Thread.currentThread();
        synchronized (monitor) {
            if (owner == caller) {
                holds++;
                return;
            }
            boolean interrupted = false;
            while (owner != null) {
                try {
                    monitor.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            owner = caller;
            holds = 1;
            if (interrupted) {
                caller.interrupt();
            }
        }
    }

    public void unlock() {
        synchronized (monitor) {
            if (owner != Thread.currentThread()) {
                throw new IllegalMonitorStateException(Thread.currentThread().getName() + " does not hold the lock");
            }
            if (--holds == 0) {
                owner = null;
                monitor.notifyAll();
            }
        }
    }

    public int holdCount() {
        synchronized (monitor) {
            return owner == Thread.currentThread() ? holds : 0;
        }
    }
}
