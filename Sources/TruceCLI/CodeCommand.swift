import ArgumentParser
import Foundation
import TruceCore
import TruceFormats
import TruceModel

/// `truce code FILE...`: what the coder finds in news articles, printed, not stored.
struct CodeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "code",
        abstract: "Code news articles into candidate events, claims and figures, and print them.",
        discussion: """
            Reads plain text, Markdown and HTML articles. The publication date comes from the file's metadata \
            (HTML meta tags, Markdown front matter), else its dateline ("KABUL, Afghanistan (Jan. 25, 2013) —"), \
            else a header line that is only a date, else a byline ending in one ("By Staff Writer, December 2, \
            2024"), else a date in its headline, else --date (which also gives a yearless dateline its year). Nothing is stored: use `truce import articles` for that.

            Batch mode for scripts: --jsonl-input FILE reads one JSON object per line, codes its --text-field \
            and prints one JSON line per record with its --id-field.

            Queued for workers: with --queue (and a PostgreSQL store: --database or $TRUCE_DATABASE_URL) the \
            articles are not coded here but queued, one job per file (one for a --jsonl-input batch), with \
            these options; `truce worker` codes them and stores what they report for review, as \
            `truce import articles` does. See `truce jobs`.

            Exit status: 0 when every article was coded; 1 when a file or record could not be read (the others \
            are still coded and printed); 64 for a usage error.
            """)

    @Argument(help: "Article files (.txt, .md, .html).") var files: [String] = []
    @Option(help: "Publication date when the article gives none (YYYY-MM-DD).", transform: DayArgument.parse) var date: Day?
    @Option(help: "Source name to record (default: the HTML site name, else none).") var source: String?
    @Option(help: "Agreement YAML: actor names map to its actor ids, figures to its indicators.") var agreement: String?
    @Option(help: "A PETRARCH-format actor, agent, verb or discard dictionary (file or folder); repeatable.") var dictionary: [String] = []
    @Option(help: "A model file from `truce model train`: ACLED event types learned from data.") var model: String?
    @Option(help: "table, json or jsonl.") var format: CodeFormat = .table
    @Option(help: "Batch mode: a JSON Lines file of articles (one object per line).") var jsonlInput: String?
    @Option(help: "Batch mode: the field with the article's text.") var textField = "text"
    @Option(help: "Batch mode: the field with the record's id, copied to the output.") var idField = "id"
    @Option(help: "Batch mode: a field with the publication date (YYYY-MM-DD), used like --date.") var dateField: String?
    @Flag(help: "With --format json or jsonl: give each event the signs its confidence weighed (scripts/fit-confidence refits on them).")
    var confidenceSigns = false
    @Flag(help: "Queue the articles for `truce worker` to code and store, instead of printing them (PostgreSQL store only).")
    var queue = false
    @Option(help: "With --queue: reports of one incident may be this many days apart and still be clustered.")
    var window = CandidateClustering.defaultWindow
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if files.isEmpty, jsonlInput == nil { throw ValidationError("give article files to code, or --jsonl-input FILE") }
        if !files.isEmpty, jsonlInput != nil { throw ValidationError("give either article files or --jsonl-input, not both") }
        if confidenceSigns, format == .table || queue {
            throw ValidationError("--confidence-signs adds to the printed JSON: use it with --format json or jsonl, without --queue")
        }
    }

    func run() async throws {
        if queue {
            try await queueForWorkers()
            return
        }
        let failures = try CLIErrors.reporting { () -> Int in
            var service = try CodingService(
                settings: CodingSettings(dictionaries: dictionary, agreement: agreement, model: model, source: source, date: date))
            service.keepsConfidenceSigns = confidenceSigns
            if let jsonlInput { return try codeBatch(jsonlInput, with: service) }
            return codeFiles(with: service)
        }
        if failures > 0 { throw ExitCode(1) }
    }

    /// Queues the articles as jobs and prints their ids.
    private func queueForWorkers() async throws {
        try await CLIErrors.reportingAsync {
            let app = try await storeOptions.app()
            guard app.jobQueue != nil else {
                throw TruceError(
                    .invalidInput, "--queue needs a PostgreSQL store that workers share: --database postgres://… (or $TRUCE_DATABASE_URL)")
            }
            let settings = CodingSettings(dictionaries: dictionary, agreement: agreement, model: model, source: source, date: date)
            let queued: [(job: Int64, file: String)]
            if let jsonlInput {
                let fields = BatchFields(text: textField, id: idField, date: dateField)
                let job = try await app.queueArticleLines(path: jsonlInput, fields: fields, settings: settings, window: window)
                queued = [(job, URL(fileURLWithPath: jsonlInput).lastPathComponent)]
            } else {
                let jobs = try await app.queueArticles(files: files, settings: settings, window: window)
                queued = zip(jobs, files.map { URL(fileURLWithPath: $0).lastPathComponent }).map { ($0, $1) }
            }
            switch format {
            case .json, .jsonl:
                print(try JSONDocument.string(queued.map { QueuedJobSummary(job: $0.job, file: $0.file) }))
            case .table:
                for item in queued { print("Queued job \(item.job): \(item.file) (run it with truce worker; see truce jobs)") }
            }
        }
    }

    /// Codes each file; returns how many could not be read.
    private func codeFiles(with service: CodingService) -> Int {
        var failures = 0
        var coded: [(file: String, coded: CodedArticle)] = []
        let showProgress = files.count >= 20 && Terminal.isInteractiveError
        for (index, file) in files.enumerated() {
            if showProgress, index % 10 == 0 { Console.current.error("\rcoding \(index + 1) of \(files.count)…") }
            do {
                let article = try service.code(.file(file))
                if format == .jsonl {
                    print(CodeDocument.document(article.result, article: article.article, id: .string(file), signs: article.confidenceSigns).text)
                } else {
                    coded.append((file, article))
                }
            } catch {
                failures += 1
                Terminal.error("error: \(error)")
            }
        }
        if showProgress { Console.current.error("\r\u{1B}[K") }
        switch format {
        case .jsonl: break
        case .json:
            if files.count == 1, let only = coded.first {
                print(JSONDocument.string(ordered: CodeDocument.result(only.coded.result, signs: only.coded.confidenceSigns)))
            } else {
                let documents = coded.map { item in
                    CodeDocument.document(item.coded.result, article: item.coded.article, id: .string(item.file), signs: item.coded.confidenceSigns)
                }
                print(JSONDocument.string(ordered: .array(documents)))
            }
        case .table:
            for (index, item) in coded.enumerated() {
                if index > 0 { print("") }
                print(CodeText.table(item.coded.result, article: item.coded.article, file: item.file, width: min(Terminal.width, 100)))
            }
        }
        return failures
    }

    /// Batch mode: one JSON object per input line, one result line per record.
    private func codeBatch(_ path: String, with service: CodingService) throws -> Int {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TruceError(.unreadableFile, "\(path): cannot read this file; check the path and its permissions")
        }
        var standardOutput = FileDescriptorSink.standardOutput()
        let fields = BatchFields(text: textField, id: idField, date: dateField)
        let failures = try service.codeLines(
            [UInt8](data), name: path, fields: fields,
            write: { chunk in try chunk.withUnsafeBytes { try standardOutput.write($0) } },
            failure: { failure in
                let hint = failure.parameter == "text_field" ? "; check --text-field" : ""
                Terminal.error("error: \(failure.name):\(failure.line): \(failure.message)\(hint)")
            })
        try standardOutput.flush()
        return failures
    }
}

enum CodeFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl
}
