import ArgumentParser
import Foundation
import TruceCore
import TruceFormats
import TruceModel
import TruceStorage
import TruceStore

extension ImportCommand {
    /// `truce import articles`: code news articles and store what they report as candidates for review.
    struct Articles: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "articles",
            abstract: "Code news articles (.txt .md .markdown .html .htm) and store their events, claims and figures for review.",
            discussion: """
                Folders are walked; hidden files are passed over and other files skipped with a notice. \
                A file that cannot be read or coded is named on standard error and the others are still imported \
                (the exit status is then 1). Importing the same file again stores nothing. Then run `truce review`.
                """
        )

        @Argument(help: "Article files or folders of them.", completion: .file()) var paths: [String]
        @Option(help: "The publication date of articles whose file and dateline give none (YYYY-MM-DD).", transform: DayArgument.parse)
        var date: Day?
        @Option(help: "The source name of the articles (e.g. Reuters).") var source: String?
        @Option(help: "An agreement YAML whose actors and aliases name the sides.", completion: .file(extensions: ["yaml", "yml"]))
        var agreement: String?
        @Option(name: .customLong("dictionary"), help: "A PETRARCH-format dictionary file to add to the built-in ones (repeatable).")
        var dictionaries: [String] = []
        @Option(help: "A model file from `truce model train`: ACLED event types learned from data.", completion: .file())
        var model: String?
        @Option(help: "Reports of one incident may be this many days apart and still be clustered.") var window = CandidateClustering.defaultWindow
        @Option(help: "table or json.") var format: OutputFormat = .table
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            guard !paths.isEmpty else { throw ValidationError("name at least one article file or folder") }
        }

        func run() async throws {
            let failed = try await CLIErrors.reportingAsync { () async throws -> Int in
                let settings = CodingSettings(dictionaries: dictionaries, agreement: agreement, model: model, source: source, date: date)
                let request = ArticleIntakeRequest(paths: paths, settings: settings, window: window)
                if let notice = ArticlePaths.notice(skipped: request.skipped) { Terminal.error("notice: \(notice)") }
                let bar = ProgressBar(label: "Coding articles", enabled: Terminal.isInteractiveError && request.inputs.count > 1)
                let intake = try await storeOptions.writes().importArticles(request, by: AuditTrail.commandLineActor) { bar.update($0) }
                bar.finish()
                for failure in intake.failures { Terminal.error("error: \(failure.origin): \(failure.message)") }
                try print(intake)
                return intake.failures.count
            }
            if failed > 0 { throw ExitCode(1) }
        }

        private func print(_ intake: ArticleIntakeReport) throws {
            let report = intake.stored
            let failures = intake.failures
            switch format {
            case .json:
                TruceCLI.print(try JSONDocument.string(ArticleImportSummary(intake)))
            case .table:
                var table = TextTable(["", "stored", "notes"])
                table.add(["articles", "\(report.articlesNew)", "\(report.articlesDuplicate) already stored, \(failures.count) failed"])
                table.add(["events", "\(report.events)", "candidates"])
                table.add(["claims", "\(report.claims)", "candidates"])
                table.add(["figures", "\(report.figures)", "candidates"])
                table.add(["clusters", "\(report.clustersNew)", "new; \(report.clustersExtended) earlier clusters got more reports"])
                TruceCLI.print(table.render(width: Terminal.width))
                if report.snapshot == nil && failures.count < intake.inputs {
                    TruceCLI.print("Nothing new: every article was stored before.")
                } else if let snapshot = report.snapshot {
                    TruceCLI.print("Snapshot \(snapshot). Review the candidates with `truce review`.")
                }
            }
        }
    }
}
