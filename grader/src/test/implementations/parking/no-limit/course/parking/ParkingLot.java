package course.parking;

import java.time.Duration;

/** Mutant: no barrier at all. */
public class ParkingLot {

    private final int spots;

    public ParkingLot(int spots) {
        this.spots = spots;
    }

    public void park(Runnable stay) {
        stay.run();
    }

    public boolean tryPark(Runnable stay, Duration patience) {
        stay.run();
        return true;
    }

    public int freeSpots() {
        return spots;
    }
}
