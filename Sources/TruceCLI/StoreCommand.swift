import ArgumentParser
import Foundation
import TruceCore
import TruceModel
import TrucePostgres
import TruceStorage
import TruceStore

/// `truce store`: look after the store file itself.
struct StoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store", abstract: "Look after the store.", subcommands: [Verify.self, Copy.self])

    /// `truce store verify`: the backend's integrity check (SQLite's, or reading every row on PostgreSQL), the application id and the schema version.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "verify",
            abstract: "Check the whole store (file or database) for damage, that it is a Truce store, and that its schema is current.",
            discussion: "Reads every page, so it takes time on a large store; it never writes. Exits with 1 when something is wrong.")

        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let verification = try await CLIErrors.reportingAsync { () async throws -> StoreVerification in
                let verification = try await storeOptions.app(readOnly: true, verifying: true).verifyStore()
                switch format {
                case .json:
                    print(try JSONDocument.string(verification))
                case .table:
                    print("store \(storeOptions.storeName)")
                    print("integrity: \(verification.integrityProblems.isEmpty ? "ok" : "\(verification.integrityProblems.count) problems")")
                    // PostgreSQL has no application id (it reports 0); its tables mark it as Truce's.
                    if storeOptions.databaseURL == nil {
                        print("application id: \(verification.applicationID)\(verification.applicationID == Store.applicationID ? " (Truce)" : "")")
                    }
                    print("schema: \(verification.appliedMigrations.last ?? "none") (current: \(verification.latestMigration))")
                    for problem in verification.problems { print("problem: \(problem)") }
                    print(verification.isSound ? "The store is sound." : "The store has \(verification.problems.count) problems.")
                }
                return verification
            }
            if !verification.isSound { throw ExitCode(1) }
        }
    }

    /// `truce store copy`: a whole store into an empty one of the other backend, verified table by table.
    struct Copy: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "copy",
            abstract: "Copy a whole store (history, snapshots and review queue included) between SQLite and PostgreSQL.",
            discussion: """
                Each store is sqlite:PATH (or a path) or postgres://user:password@host:port/database. The destination must \
                hold no records: a new SQLite file, or an empty (or freshly migrated) database. Every table's row count and \
                checksum are verified before the copy is kept; a copy that fails keeps nothing.
                """)

        @Option(help: "The store to copy: sqlite:PATH or postgres://….") var from: String
        @Option(help: "The empty store to copy into: sqlite:PATH or postgres://….") var to: String
        @Option(help: "table or json.") var format: OutputFormat = .table

        func run() async throws {
            try await CLIErrors.reportingAsync {
                let source = try await Self.open(from, readOnly: true)
                let copied: [TableCopy]
                if case .sqlite(let path) = Self.kind(to) {
                    copied = try await Self.copyToFile(from: source, path: path)
                } else {
                    copied = try await StoreCopy.copy(from: source, to: try await Self.open(to, readOnly: false))
                }
                switch format {
                case .json:
                    print(try JSONDocument.string(copied))
                case .table:
                    var table = TextTable(["TABLE", "ROWS", "CHECKSUM"])
                    for copy in copied { table.add([copy.table, "\(copy.rows)", copy.checksum]) }
                    print(table.render(width: Terminal.width))
                    let rows = copied.reduce(0) { $0 + $1.rows }
                    print("Copied \(rows) rows of \(copied.count) tables; every table's count and checksum verified.")
                }
            }
        }

        enum Kind {
            case sqlite(String)
            case postgres(String)
        }

        static func kind(_ spec: String) -> Kind {
            if spec.hasPrefix("postgres://") || spec.hasPrefix("postgresql://") { return .postgres(spec) }
            return .sqlite(spec.hasPrefix("sqlite:") ? String(spec.dropFirst("sqlite:".count)) : spec)
        }

        static func open(_ spec: String, readOnly: Bool) async throws -> any StoreTables {
            switch kind(spec) {
            case .postgres(let url): return try await PostgresStore.open(url: url)
            case .sqlite(let path):
                if readOnly, !FileManager.default.fileExists(atPath: path) {
                    throw TruceError(.invalidInput, "there is no store \(path) to copy from")
                }
                return try Store.open(path: path, configuration: readOnly ? .readOnly : StoreConfiguration())
            }
        }

        /// Copies into a new file beside `path`, which replaces nothing: it is renamed to `path` only once
        /// verified, so a copy that fails or is killed never leaves a half-filled store under that name.
        static func copyToFile(from source: any StoreTables, path: String) async throws -> [TableCopy] {
            if FileManager.default.fileExists(atPath: path) {
                throw TruceError(.invalidInput, "\(path) exists already; copy into a new file (remove it first if it is a failed copy)")
            }
            let partial = path + ".partial"
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: partial + suffix) }
            let copied: [TableCopy]
            do {
                // One connection and a rollback journal, so that closing it leaves one whole file to rename.
                let store = try Store.open(path: partial, configuration: StoreConfiguration(journalMode: .delete))
                copied = try await StoreCopy.copy(from: source, to: store)
            } catch {
                for suffix in ["", "-journal"] { try? FileManager.default.removeItem(atPath: partial + suffix) }
                throw error
            }
            try FileManager.default.moveItem(atPath: partial, toPath: path)
            return copied
        }
    }
}
