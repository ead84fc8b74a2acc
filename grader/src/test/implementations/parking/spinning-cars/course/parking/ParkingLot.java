package course.parking;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/** Mutant: cars spin on an atomic count of free spots. */
public class ParkingLot {

    private final AtomicInteger free;

    public ParkingLot(int spots) {
        this.free = new AtomicInteger(spots);
    }

    public void park(Runnable stay) throws InterruptedException {
        while (!takeASpot()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
        stayThenLeave(stay);
    }

    public boolean tryPark(Runnable stay, Duration patience) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!takeASpot()) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            if (System.nanoTime() - deadline >= 0) {
                return false;
            }
        }
        stayThenLeave(stay);
        return true;
    }

    public int freeSpots() {
        return free.get();
    }

    private boolean takeASpot() {
        int spots = free.get();
        return spots > 0 && free.compareAndSet(spots, spots - 1);
    }

    private void stayThenLeave(Runnable stay) {
        try {
            stay.run();
        } finally {
            free.incrementAndGet();
        }
    }
}
