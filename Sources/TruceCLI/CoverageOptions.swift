import ArgumentParser
import Foundation
import TruceCore

/// `--covers FIRST..LAST` and `--covers-country C`: the period and area an export of events was
/// queried for, recorded in place of the span of its rows.
struct CoverageOptions: ParsableArguments {
    @Option(help: "The period the file covers, as its query stated it: FIRST..LAST (YYYY-MM-DD..YYYY-MM-DD); else the span of its rows.")
    var covers: String?
    @Option(help: "A country the file covers, as its query stated it (repeat for several); with --covers.")
    var coversCountry: [String] = []

    func validate() throws {
        if covers == nil, !coversCountry.isEmpty { throw ValidationError("--covers-country needs --covers FIRST..LAST") }
        _ = try stated()
    }

    /// The stated coverage, or nil when none was given.
    func stated() throws -> StatedCoverage? {
        guard let covers else { return nil }
        let ends = covers.components(separatedBy: "..")
        guard ends.count == 2 else { throw ValidationError("--covers '\(covers)' is not a period: write FIRST..LAST, e.g. 2020-02-01..2020-02-29") }
        let coverage = StatedCoverage(from: try DayArgument.parse(ends[0]), to: try DayArgument.parse(ends[1]), countries: coversCountry)
        guard coverage.from <= coverage.to else { throw ValidationError("--covers '\(covers)' ends before it starts") }
        return coverage
    }
}
