import ArgumentParser
import Foundation
import TruceFormats
import TruceModel
import TruceStore

struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import evidence into the store.",
        subcommands: [ACLED.self, ACLEDDeletions.self, UCDP.self, GDELT.self, Observations.self, Claims.self, Articles.self]
    )

    struct ACLED: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "acled", abstract: "Import an ACLED CSV export (any generation of ACLED's layout).")

        @Argument(help: "The ACLED CSV file.", completion: .file(extensions: ["csv"])) var file: String
        @Option(help: "auto (UTF-8, or Windows-1252 where a row is not UTF-8), utf-8 or windows-1252.") var encoding = "auto"
        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            guard TextEncodingChoice(name: encoding) != nil else {
                throw ValidationError("unknown encoding '\(encoding)': use auto, utf-8 or windows-1252")
            }
        }

        func run() async throws {
            try CLIErrors.reporting {
                let store = try storeOptions.open()
                let bar = ProgressBar(label: "Importing \(URL(fileURLWithPath: file).lastPathComponent)")
                let report = try store.importACLED(
                    path: file, encoding: TextEncodingChoice(name: encoding) ?? .automatic, importedAt: ImportCommand.now(),
                    progress: bar.update)
                bar.finish()
                try ImportCommand.print(report, format: format)
            }
        }
    }

    struct ACLEDDeletions: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "acled-deletions",
            abstract: "Apply an ACLED deletion list (event_id_cnty, deleted_timestamp): the events leave the current data, kept for old snapshots."
        )

        @Argument(help: "The deletion list CSV.", completion: .file(extensions: ["csv"])) var file: String
        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            try ImportCommand.run(storeOptions, format: format) { store, now in try store.importACLEDDeletions(path: file, importedAt: now) }
        }
    }

    struct Observations: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "observations", abstract: "Import observations: id,date,indicator,actor,country,value,unit,source,url,notes.")

        @Argument(help: "The observations CSV file.", completion: .file(extensions: ["csv"])) var file: String
        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            try ImportCommand.run(storeOptions, format: format) { store, now in try store.importObservations(path: file, importedAt: now) }
        }
    }

    struct Claims: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "claims",
            abstract: "Import claims: id,date,speaker,speaker_actor,quote,about_provision,about_reading,modality,grade,review_state,source,url."
        )

        @Argument(help: "The claims CSV file.", completion: .file(extensions: ["csv"])) var file: String
        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            try ImportCommand.run(storeOptions, format: format) { store, now in try store.importClaims(path: file, importedAt: now) }
        }
    }

    /// Opens the store, runs one import stamped with the current time, and prints its report.
    static func run(_ storeOptions: StoreOptions, format: OutputFormat, _ importing: (Store, String) throws -> ImportReport) throws {
        try CLIErrors.reporting {
            try print(try importing(storeOptions.open(), now()), format: format)
        }
    }

    /// The import time recorded in the snapshot: the only clock reading, at the edge.
    static func now() -> String {
        ISO8601DateFormatter().string(from: Date())
    }

    static func print(_ report: ImportReport, format: OutputFormat) throws {
        for notice in report.notices { Terminal.error("notice: \(notice)") }
        switch format {
        case .json:
            TruceCLI.print(try JSONOutput.string(ImportSummary(report)))
        case .table:
            let c = report.counts
            TruceCLI.print(
                "\(report.file): read \(c.read), stored \(c.stored), updated \(c.updated), unchanged \(c.unchanged), rejected \(c.rejected)"
                    + " (snapshot \(report.snapshot))")
            if let rejects = report.rejectsFile {
                TruceCLI.print("Rejected rows, with line, field and reason: \(rejects) — fix them there and import that file again.")
            }
        }
    }
}

/// `truce import … --format json`.
struct ImportSummary: Encodable {
    var read, stored, updated, unchanged, rejected: Int
    var snapshot: Int64
    var file: String
    var fileHash: String
    var notices: [String]
    var rejectsFile: String?

    init(_ report: ImportReport) {
        read = report.counts.read
        stored = report.counts.stored
        updated = report.counts.updated
        unchanged = report.counts.unchanged
        rejected = report.counts.rejected
        snapshot = report.snapshot
        file = report.file
        fileHash = report.fileHash
        notices = report.notices
        rejectsFile = report.rejectsFile
    }

    enum CodingKeys: String, CodingKey {
        case read, stored, updated, unchanged, rejected, snapshot, file, notices
        case fileHash = "file_hash"
        case rejectsFile = "rejects_file"
    }
}
