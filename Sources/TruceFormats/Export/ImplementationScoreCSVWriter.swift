public import TruceModel

/// Implementation scores as CSV: one row per provision per year, in ``columns`` order.
///
/// `score` is blank when the provision cannot be scored, `progress` blank when not
/// measured (a fraction 0–1 with up to 3 decimals otherwise), flags `true`/`false`.
public struct ImplementationScoreCSVWriter: Sendable {
    /// The header row, in order.
    public static let columns = [
        "agreement", "provision", "year", "as_of", "score", "status", "reading", "reading_status", "progress", "violated",
        "disputed", "late", "note",
    ]

    public init() {}

    /// Writes the header and one row per score.
    public func write<Sink: ByteSink>(_ scores: some Sequence<ImplementationScore>, to sink: inout Sink) throws {
        try sink.write(Self.columns.joined(separator: ",") + "\n")
        for s in scores {
            let cells: [String?] = [
                s.agreement, s.provision, String(s.year), s.asOf.iso, s.score.map(String.init), s.status.rawValue, s.reading,
                s.readingStatus.rawValue, s.progress.flatMap { JSONNumber.fixed($0, places: 3) }, String(s.violated),
                String(s.disputed), String(s.late), s.note,
            ]
            try sink.write(CSVCell.line(cells))
        }
    }
}
