package course.deadlock;

/** Never lets anyone in. */
public class ReentrantMutex {

    public void lock() {
        boolean interrupted = false;
        synchronized (this) {
            while (true) {
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
    }

    public void unlock() {
        synchronized (this) {
            notifyAll();
        }
        throw new IllegalMonitorStateException("not the owner");
    }

    public int holdCount() {
        return 0;
    }
}
