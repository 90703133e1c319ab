import ArgumentParser
import Foundation
import TruceEngine
import TruceFormats
import TruceModel
import TruceStore

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Assess every provision of an agreement against the evidence in the store.",
        discussion: "Exits with 3 when a provision or reading is violated or overdue, so scripts can alert."
    )

    @Argument(help: "The agreement YAML file.", completion: .file(extensions: ["yaml", "yml"])) var agreement: String
    @Option(name: .customLong("as-of"), help: "Assess as of this day (YYYY-MM-DD; default today).", transform: DayArgument.parse)
    var asOf: Day?
    @Option(help: "Assess this reading where a provision has it (the others by their text).") var reading: String?
    @Option(help: "table, json or markdown.") var format: CheckFormat = .table
    @Option(help: "Show the timeline and evidence of this provision.") var explain: String?
    @Option(help: "Use the evidence as it stood after this import (see truce snapshots), to reproduce an earlier assessment.")
    var snapshot: Int64?
    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let assessment = try CLIErrors.reporting { () -> Assessment in
            let loaded = try AgreementLoader.load(path: agreement) { Terminal.error("warning: \($0.description)") }
            if let explain, loaded.provision(explain) == nil {
                throw ValidationError(
                    "no provision '\(explain)' in \(agreement); its provisions: \(loaded.provisions.map(\.id).joined(separator: ", "))")
            }
            if let reading, reading != Provision.textReading, !loaded.provisions.contains(where: { $0.readings.contains { $0.name == reading } }) {
                let known = Set(loaded.provisions.flatMap { $0.readings.map(\.name) }).sorted()
                throw ValidationError(
                    "no provision of \(agreement) has a reading '\(reading)'; its readings: \(([Provision.textReading] + known).joined(separator: ", "))"
                )
            }
            let store = try openForAssessing(loaded)
            let source: any EvidenceSource = try snapshot.map { try store.asOf(snapshot: $0) } ?? store
            let assessment = try Evaluator(agreement: loaded).evaluate(source, asOf: asOf ?? CheckCommand.today(), reading: reading)
            try CheckCommand.render(assessment, agreement: loaded, format: format, explain: explain)
            return assessment
        }
        if assessment.isAlarming { throw ExitCode(3) }
    }

    /// Assessing only reads: the store is opened read-only, and opened for writing only to register
    /// an agreement whose actors it does not hold yet (for `truce actors`), or to create or upgrade it.
    /// A store without write permission is assessed as it is.
    private func openForAssessing(_ agreement: Agreement) throws -> Store {
        if StoreOptions.isReadOnlyFile(storeOptions.path) { return try storeOptions.open(readOnly: true) }
        if let reading = try? storeOptions.open(readOnly: true), (try? reading.isRegistered(agreement)) == true { return reading }
        let store = try storeOptions.open()
        try store.register(agreement)
        return store
    }

    static func render(_ assessment: Assessment, agreement: Agreement, format: CheckFormat, explain: String?) throws {
        switch format {
        case .json:
            print(try JSONOutput.string(assessment))
        case .markdown:
            print(AssessmentRenderer.markdown(assessment, title: agreement.title), terminator: "")
        case .table:
            if let explain, let provision = assessment.provision(explain) {
                print(AssessmentRenderer.explain(provision))
            } else {
                print(AssessmentRenderer.table(assessment, title: agreement.title, width: Terminal.width))
            }
        }
    }

    /// Today in UTC: the only clock reading, at the edge.
    static func today() -> Day {
        let components = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: Date())
        return Day(year: components.year!, month: components.month!, day: components.day!)!
    }
}
