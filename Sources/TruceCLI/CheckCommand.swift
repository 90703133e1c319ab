import ArgumentParser
import Foundation
import TruceCore
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
        let assessment = try await CLIErrors.reportingAsync { () async throws -> Assessment in
            let loaded = try AgreementLoader.load(path: agreement) { Terminal.error("warning: \($0.description)") }
            // Assessing only reads: the store is opened for writing only to record an agreement whose
            // actors it does not hold yet (for `truce actors`); a store nobody may write is assessed as it is.
            let readOnly =
                storeOptions.databaseURL == nil
                && (StoreOptions.isReadOnlyFile(storeOptions.path) || (try? Self.holdsActors(of: loaded, storeOptions)) == true)
            let app = try await storeOptions.app(readOnly: readOnly)
            let assessment = try await app.assess(
                AssessmentRequest(
                    agreement: loaded, asOf: asOf, reading: reading, snapshot: snapshot, explain: explain, registerActors: !readOnly))
            for warning in assessment.warnings ?? [] { Terminal.error("warning: \(warning)") }
            try CheckCommand.render(assessment, agreement: loaded, format: format, explain: explain)
            return assessment
        }
        if assessment.isAlarming { throw ExitCode(3) }
    }

    /// Whether the store holds the agreement's actors already, asked without opening it for writing.
    private static func holdsActors(of agreement: Agreement, _ options: StoreOptions) throws -> Bool {
        try options.open(readOnly: true).isRegistered(agreement)
    }

    static func render(_ assessment: Assessment, agreement: Agreement, format: CheckFormat, explain: String?) throws {
        switch format {
        case .json:
            print(try JSONDocument.string(assessment))
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
}
