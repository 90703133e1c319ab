import ArgumentParser
import Foundation
import TruceCore
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore

struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Load the bundled US–Taliban (Doha 2020) example into a fresh store and assess it at two dates."
    )

    @Option(help: "The example folder (default: examples/doha-2020, found from here or beside the truce binary).")
    var example: String?
    @Option(help: "The store to create afresh (default: .truce/demo.sqlite).") var store = ".truce/demo.sqlite"
    @Option(help: "table, json or markdown.") var format: CheckFormat = .table

    static let dates = [Day(year: 2020, month: 3, day: 11)!, Day(year: 2021, month: 5, day: 1)!]

    func run() async throws {
        try await CLIErrors.reportingAsync {
            let folder = try example ?? DemoCommand.findExample()
            try DemoCommand.removeStore(at: store)
            let app = TruceApp(storage: try Store.open(path: store))
            let rejects = RejectsFolder(RejectsFile.folder(besideStore: store))
            let file = { (name: String) in URL(fileURLWithPath: folder).appendingPathComponent(name).path }
            var reports: [ImportReport] = []
            for (kind, name) in [(DatasetKind.acled, "events.csv"), (.observations, "observations.csv"), (.claims, "claims.csv")] {
                reports.append(try await app.importDataset(ImportRequest(kind: kind, path: file(name), rejects: rejects)))
            }
            let agreement = try app.agreement(path: file("agreement.yaml"))
            var assessments: [Assessment] = []
            for day in DemoCommand.dates {
                assessments.append(try await app.assess(AssessmentRequest(agreement: agreement, asOf: day)))
            }
            if format == .json {
                print(try JSONDocument.string(assessments))
                return
            }
            if format == .table {
                print("Store: \(store)")
                for report in reports {
                    print("  \(report.file): \(report.counts.stored) stored, \(report.counts.rejected) rejected")
                }
                print("")
            }
            for assessment in assessments {
                try CheckCommand.render(assessment, agreement: agreement, format: format, explain: nil)
                print("")
            }
            if format == .table {
                print("Next: truce check \(file("agreement.yaml")) --store \(store) --as-of 2020-03-11 --explain no-attacks-on-coalition")
            }
        }
    }

    /// The example folder: under the working directory, or above the binary (inside a checkout's .build).
    static func findExample() throws -> String {
        let relative = "examples/doha-2020"
        var candidates = [FileManager.default.currentDirectoryPath]
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(url.path)
            url.deleteLastPathComponent()
        }
        for base in candidates {
            let path = URL(fileURLWithPath: base).appendingPathComponent(relative).path
            if FileManager.default.fileExists(atPath: path + "/agreement.yaml") { return path }
        }
        throw ValidationError("cannot find \(relative): run from the Truce checkout, or name the folder with --example")
    }

    static func removeStore(at path: String) throws {
        for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
            try FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
