package course.grader.classreport;

import java.util.List;

/**
 * Two submissions whose sources for one exercise look alike, as JPlag measures it.
 *
 * @param similarity average similarity, 0 to 1
 * @param matches    the regions JPlag matched, as line ranges in each source
 */
public record SimilarPair(String exercise, String first, String second, double similarity, List<MatchedLines> matches) {

    /** A matched region: lines {@code firstStart..firstEnd} of {@code firstFile} and the same for the second. */
    public record MatchedLines(String firstFile, int firstStart, int firstEnd,
                               String secondFile, int secondStart, int secondEnd) {
    }
}
