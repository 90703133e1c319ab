import ArgumentParser
import Foundation
import TruceCore
import TruceFormats
import TruceModel
import TruceStorage

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
        @OptionGroup var coverage: CoverageOptions
        @Option(help: "table or json.") var format: OutputFormat = .table
        @Flag(help: "Queue the import for `truce worker` instead of running it (PostgreSQL store only).") var queue = false
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            guard TextEncodingChoice(name: encoding) != nil else {
                throw ValidationError("unknown encoding '\(encoding)': use auto, utf-8 or windows-1252")
            }
        }

        func run() async throws {
            try await ImportCommand.run(
                .acled, file: file, encoding: TextEncodingChoice(name: encoding) ?? .automatic, statedCoverage: try coverage.stated(), storeOptions,
                format: format, queue: queue)
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
            try await ImportCommand.run(.acledDeletions, file: file, storeOptions, format: format)
        }
    }

    struct Observations: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "observations", abstract: "Import observations: id,date,indicator,actor,country,value,unit,source,url,notes.")

        @Argument(help: "The observations CSV file.", completion: .file(extensions: ["csv"])) var file: String
        @Option(help: "table or json.") var format: OutputFormat = .table
        @Flag(help: "Queue the import for `truce worker` instead of running it (PostgreSQL store only).") var queue = false
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            try await ImportCommand.run(.observations, file: file, storeOptions, format: format, queue: queue)
        }
    }

    struct Claims: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "claims",
            abstract: "Import claims: id,date,speaker,speaker_actor,quote,about_provision,about_reading,modality,grade,review_state,source,url."
        )

        @Argument(help: "The claims CSV file.", completion: .file(extensions: ["csv"])) var file: String
        @Option(help: "An agreement file: warn about claims naming a provision or reading it lacks (they are kept).")
        var agreement: String?
        @Option(help: "table or json.") var format: OutputFormat = .table
        @Flag(help: "Queue the import for `truce worker` instead of running it (PostgreSQL store only).") var queue = false
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            try await ImportCommand.run(.claims, file: file, agreement: agreement, storeOptions, format: format, queue: queue)
        }
    }

    /// Runs one import through the core, with a progress bar, and prints its report.
    static func run(
        _ kind: DatasetKind, file: String, encoding: TextEncodingChoice = .automatic, actorList: String? = nil, agreement: String? = nil,
        statedCoverage: StatedCoverage? = nil, _ storeOptions: StoreOptions, format: OutputFormat, queue: Bool = false
    ) async throws {
        try await CLIErrors.reportingAsync {
            // A first import into a store that does not exist yet builds it aside and moves it into place whole,
            // so the report is printed once the store is in place.
            let report = try await storeOptions.withWrites(buildingNew: !queue) { writes in
                try await run(
                    kind, file: file, encoding: encoding, actorList: actorList, agreement: agreement, statedCoverage: statedCoverage,
                    storeOptions, format: format, queue: queue, writes: writes)
            }
            if let report { try print(report, format: format) }
        }
    }

    /// Runs the import over `writes`, or queues it; returns its report (nil when queued, the job's id printed).
    private static func run(
        _ kind: DatasetKind, file: String, encoding: TextEncodingChoice, actorList: String?, agreement: String?,
        statedCoverage: StatedCoverage?, _ storeOptions: StoreOptions, format: OutputFormat, queue: Bool, writes: RecordedWrites
    ) async throws -> ImportReport? {
        let app = writes.app
        let checked = try agreement.map { try AgreementLoader.load(path: $0) }
        if queue {
            try await queueImport(
                app, ImportRequest(kind: kind, path: file, encoding: encoding, actorList: actorList, rejects: storeOptions.rejects),
                agreement: checked, statedCoverage: statedCoverage, format: format)
            return nil
        }
        let bar = ProgressBar(label: "Importing \(URL(fileURLWithPath: file).lastPathComponent)")
        var request = ImportRequest(kind: kind, path: file, encoding: encoding, actorList: actorList, rejects: storeOptions.rejects)
        request.agreement = checked
        request.statedCoverage = statedCoverage
        // Through the core's recorded writes: audited as the account running the command, and the status
        // changes it causes kept for the agreements' webhooks, as an upload through the server is.
        let (report, changes) = try await writes.importDataset(request, by: AuditTrail.commandLineActor, progress: bar.update)
        if !changes.isEmpty {
            Terminal.error("\(changes.count) provision status change\(changes.count == 1 ? "" : "s") kept for the agreements' webhooks")
        }
        bar.finish()
        return report
    }

    /// Queues the import for a worker and prints the job's id.
    static func queueImport(
        _ app: TruceApp, _ request: ImportRequest, agreement: Agreement?, statedCoverage: StatedCoverage?, format: OutputFormat
    ) async throws {
        var request = request
        request.agreement = agreement
        request.statedCoverage = statedCoverage
        let job: Int64
        do {
            job = try await app.queueImport(request)
        } catch let error as TruceError where app.jobQueue == nil {
            throw TruceError(error.code, error.message + "; --queue needs --database postgres://… (or $TRUCE_DATABASE_URL)", cause: error.cause)
        }
        switch format {
        case .json: TruceCLI.print(try JSONDocument.string(QueuedJobSummary(job: job, file: URL(fileURLWithPath: request.path).lastPathComponent)))
        case .table:
            TruceCLI.print("Queued job \(job): \(URL(fileURLWithPath: request.path).lastPathComponent) (run it with truce worker; see truce jobs)")
        }
    }

    static func print(_ report: ImportReport, format: OutputFormat) throws {
        for notice in report.notices { Terminal.error("notice: \(notice)") }
        switch format {
        case .json:
            TruceCLI.print(try JSONDocument.string(ImportSummary(report)))
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

/// What `truce import … --queue --format json` prints.
struct QueuedJobSummary: Encodable {
    let job: Int64
    let file: String
}
