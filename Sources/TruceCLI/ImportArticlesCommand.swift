import ArgumentParser
import Foundation
import TruceCoder
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

        /// Larger files are not articles; reading them would only waste memory.
        static let largestArticle = ArticleFile.maximumBytes

        func validate() throws {
            guard !paths.isEmpty else { throw ValidationError("name at least one article file or folder") }
            guard (0...31).contains(window) else { throw ValidationError("--window must be between 0 and 31 days") }
        }

        func run() async throws {
            let failed = try await CLIErrors.reportingAsync { () async throws -> Int in
                let walk = ArticlePaths(paths)
                if let notice = walk.skippedNotice { Terminal.error("notice: \(notice)") }
                var failures = walk.missing.map { Failure(file: $0.path, error: $0.reason) }
                let coder = ArticleCoder(
                    dictionaries: try loadDictionaries(), agreement: try agreement.map(AgreementLoader.load(path:)),
                    model: try model.map(ModelCommand.load))
                let items = code(walk.files, with: coder, failures: &failures)
                let report = try await storeOptions.app().storeCodedArticles(
                    items, settings: CoderSettings(dictionaries: dictionaries, agreement: agreement, window: window))
                failures += report.refused.map { Failure(file: $0.origin, error: $0.reason) }
                for failure in failures { Terminal.error("error: \(failure.file): \(failure.error)") }
                try print(report, files: walk.files.count, failures: failures, skipped: walk.skipped)
                return failures.count
            }
            if failed > 0 { throw ExitCode(1) }
        }

        private func loadDictionaries() throws -> CoderDictionaries {
            var loaded = CoderDictionaries.builtIn
            for path in dictionaries {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw TruceError(.unreadableFile, "cannot read the dictionary \(path); check the path given to --dictionary")
                }
                try loaded.add(petrarchText: String(decoding: data, as: UTF8.self), file: path)
            }
            return loaded
        }

        /// Reads and codes each file; a file that fails is noted and the rest go on.
        private func code(_ files: [String], with coder: ArticleCoder, failures: inout [Failure]) -> [ArticleImport] {
            let bar = ProgressBar(label: "Coding articles", enabled: Terminal.isInteractiveError && files.count > 1)
            let sizes = files.map { (try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int) ?? 0 }
            let total = max(1, sizes.reduce(0, +))
            var done = 0
            var items: [ArticleImport] = []
            for (index, file) in files.enumerated() {
                do {
                    let bytes = try Self.read(file, size: sizes[index])
                    let article = try ArticleFile(bytes: bytes, origin: file).article(source: source, date: date)
                    try Self.check(article)
                    items.append(ArticleImport(article: article, bytes: bytes, result: coder.code(article)))
                } catch let error as TruceError {
                    failures.append(Failure(file: file, error: error.message))
                } catch {
                    failures.append(Failure(file: file, error: "\(error)"))
                }
                done += sizes[index]
                bar.update(.files(bytesRead: done, totalBytes: total, files: index + 1))
            }
            bar.finish()
            return items
        }

        private static func read(_ file: String, size: Int) throws -> [UInt8] {
            guard size <= largestArticle else {
                throw TruceError(.invalidInput, "\(size >> 20) MB is too large for an article (at most \(largestArticle >> 20) MB)")
            }
            guard let data = FileManager.default.contents(atPath: file) else {
                throw TruceError(.unreadableFile, "cannot read the file; check its permissions")
            }
            guard !data.isEmpty else { throw TruceError(.invalidInput, "the file is empty: there is no article to code") }
            return [UInt8](data)
        }

        /// Text that is not prose is refused here, whatever reading it let through.
        private static func check(_ article: Article) throws {
            guard article.text.contains(where: { !$0.isWhitespace }) else {
                throw TruceError(.invalidInput, "no article text is left once markup is removed")
            }
            guard !article.text.unicodeScalars.contains("\u{0}") else {
                throw TruceError(.invalidInput, "the file holds binary data, not text")
            }
        }

        private func print(_ report: ArticleImportReport, files: Int, failures: [Failure], skipped: [String]) throws {
            switch format {
            case .json:
                TruceCLI.print(try JSONDocument.string(ArticleImportSummary(report, failures: failures, skipped: skipped)))
            case .table:
                var table = TextTable(["", "stored", "notes"])
                table.add(["articles", "\(report.articlesNew)", "\(report.articlesDuplicate) already stored, \(failures.count) failed"])
                table.add(["events", "\(report.events)", "candidates"])
                table.add(["claims", "\(report.claims)", "candidates"])
                table.add(["figures", "\(report.figures)", "candidates"])
                table.add(["clusters", "\(report.clustersNew)", "new; \(report.clustersExtended) earlier clusters got more reports"])
                TruceCLI.print(table.render(width: Terminal.width))
                if report.snapshot == nil && failures.count < files {
                    TruceCLI.print("Nothing new: every article was stored before.")
                } else if let snapshot = report.snapshot {
                    TruceCLI.print("Snapshot \(snapshot). Review the candidates with `truce review`.")
                }
            }
        }
    }

    struct Failure: Encodable {
        var file: String
        var error: String
    }
}

/// `truce import articles --format json`.
struct ArticleImportSummary: Encodable {
    var report: ArticleImportReport
    var failures: [ImportCommand.Failure]
    var skipped: [String]

    init(_ report: ArticleImportReport, failures: [ImportCommand.Failure], skipped: [String]) {
        self.report = report
        self.failures = failures
        self.skipped = skipped
    }

    enum CodingKeys: String, CodingKey {
        case snapshot, events, claims, figures, failures, skipped, duplicates
        case articlesNew = "articles_new"
        case articlesDuplicate = "articles_duplicate"
        case clustersNew = "clusters_new"
        case clustersExtended = "clusters_extended"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(report.snapshot, forKey: .snapshot)
        try container.encode(report.articlesNew, forKey: .articlesNew)
        try container.encode(report.articlesDuplicate, forKey: .articlesDuplicate)
        try container.encode(report.duplicates, forKey: .duplicates)
        try container.encode(report.events, forKey: .events)
        try container.encode(report.claims, forKey: .claims)
        try container.encode(report.figures, forKey: .figures)
        try container.encode(report.clustersNew, forKey: .clustersNew)
        try container.encode(report.clustersExtended, forKey: .clustersExtended)
        try container.encode(failures, forKey: .failures)
        try container.encode(skipped, forKey: .skipped)
    }
}
