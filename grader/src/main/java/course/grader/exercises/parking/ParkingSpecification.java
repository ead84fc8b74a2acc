package course.grader.exercises.parking;

/**
 * The car park of {@link ParkingOperations} as the lesson states it, one call at a time: a car
 * with no patience parks or goes at once, never two cars share the one spot, and once every car
 * has left the spot is free; in the car park of two, both spots are free once both cars have left.
 */
public final class ParkingSpecification {

    public void parkUntilOpen() {
    }

    public void parkNow() {
    }

    public void open() {
    }

    public int freeSpots() {
        return 1;
    }

    public void parkInPair() {
    }

    public int pairFreeSpots() {
        return 2;
    }
}
