package course.grader.exercises.parking;

/**
 * The car park of {@link ParkingOperations} as the lesson states it, one call at a time: a car
 * with no patience parks or goes at once, never two cars share the one spot, and once every car
 * has left the spot is free.
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
}
