import ArgumentParser

/// `truce export`: the store's events as files for other tools, or an agreement's
/// yearly implementation scores. Without a subcommand, exports events.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export events (CSV, GeoJSON, JSON Lines) or an agreement's yearly implementation scores.",
        discussion: """
            truce export --format geojson --country Afghanistan --output events.geojson
            truce export pam agreement.yaml --format csv > scores.csv
            Formats and the scoring rule: docs/exports.md.
            """,
        subcommands: [ExportEventsCommand.self, ExportPAMCommand.self],
        defaultSubcommand: ExportEventsCommand.self
    )
}

/// The formats `truce export events` writes.
enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, geojson, jsonl

    /// The format a file name implies: `.csv`, `.geojson`, `.jsonl` or `.ndjson`.
    init?(fileName: String) {
        switch fileName.split(separator: ".").last?.lowercased() {
        case "csv": self = .csv
        case "geojson": self = .geojson
        case "jsonl", "ndjson": self = .jsonl
        default: return nil
        }
    }
}

/// The formats `truce export pam` writes.
enum ScoresFormat: String, ExpressibleByArgument, CaseIterable {
    case csv, json
}
