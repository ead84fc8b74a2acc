/**
 * The teacher's class report: a row per submission, the checks most often failed and why, the
 * figures the checks measured across the class, and the submissions that look alike (JPlag), as
 * class.csv, class.json and one self-contained index.html.
 *
 * <p>It depends on the API, the catalogue, io, the protocol and the report: it is made from stored
 * grades and graded sources, and grades nothing itself.
 */
package course.grader.classreport;
