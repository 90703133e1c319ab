import ArgumentParser
import Foundation
import TruceCoder
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
            else a date in its headline, else --date. Nothing is stored: use `truce import articles` for that.

            Batch mode for scripts: --jsonl-input FILE reads one JSON object per line, codes its --text-field \
            and prints one JSON line per record with its --id-field.

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

    func validate() throws {
        if files.isEmpty, jsonlInput == nil { throw ValidationError("give article files to code, or --jsonl-input FILE") }
        if !files.isEmpty, jsonlInput != nil { throw ValidationError("give either article files or --jsonl-input, not both") }
    }

    func run() async throws {
        let failures = try CLIErrors.reporting { () -> Int in
            let coder = ArticleCoder(
                dictionaries: try loadDictionaries(), agreement: try agreement.map { try AgreementLoader.load(path: $0) },
                model: try model.map(ModelCommand.load))
            if let jsonlInput { return try codeBatch(jsonlInput, coder: coder) }
            return codeFiles(coder: coder)
        }
        if failures > 0 { throw ExitCode(1) }
    }

    private func loadDictionaries() throws -> CoderDictionaries {
        var dictionaries = CoderDictionaries.builtIn
        for path in dictionary {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw TruceError(.unreadableFile, "\(path): no such dictionary file or folder; check the --dictionary path")
            }
            let paths =
                isFolder.boolValue
                ? try FileManager.default.contentsOfDirectory(atPath: path).filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
                : [path]
            for file in paths {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw TruceError(.unreadableFile, "\(file): cannot read this dictionary; check its permissions")
                }
                let text = try ArticleFile.decode(Array(data), origin: file)
                try dictionaries.add(petrarchText: text, file: file)
            }
        }
        return dictionaries
    }

    /// Codes each file; returns how many could not be read.
    private func codeFiles(coder: ArticleCoder) -> Int {
        var failures = 0
        var coded: [(file: String, article: Article, result: CodingResult)] = []
        let showProgress = files.count >= 20 && Terminal.isInteractiveError
        for (index, file) in files.enumerated() {
            if showProgress, index % 10 == 0 { Console.current.error("\rcoding \(index + 1) of \(files.count)…") }
            do {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw TruceError(.unreadableFile, "\(file): cannot read this file; check the path and its permissions")
                }
                let article = try ArticleFile(bytes: Array(data), origin: file).article(source: source, date: date)
                let result = coder.code(article)
                if format == .jsonl {
                    print(CodeOutput.document(result, article: article, id: .string(file)).text)
                } else {
                    coded.append((file, article, result))
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
                print(CodeOutput.pretty(CodeOutput.result(only.result)))
            } else {
                print(CodeOutput.pretty(.array(coded.map { CodeOutput.document($0.result, article: $0.article, id: .string($0.file)) })))
            }
        case .table:
            for (index, item) in coded.enumerated() {
                if index > 0 { print("") }
                print(CodeOutput.table(item.result, article: item.article, file: item.file, width: min(Terminal.width, 100)))
            }
        }
        return failures
    }

    /// Batch mode: one JSON object per input line, one result line per record.
    private func codeBatch(_ path: String, coder: ArticleCoder) throws -> Int {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw TruceError(.unreadableFile, "\(path): cannot read this file; check the path and its permissions")
        }
        var failures = 0
        var output = JSONBytes()
        output.bytes.reserveCapacity(1 << 17)
        var standardOutput = FileDescriptorSink.standardOutput()
        let bytes = [UInt8](data)
        try bytes.withUnsafeBufferPointer { bytes in
            var lineNumber = 0
            var lineStart = 0
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n") { lineEnd += 1 }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd])
                lineStart = lineEnd + 1
                lineNumber += 1
                guard line.contains(where: { $0 != 0x20 && $0 != 0x0D && $0 != 0x09 }) else { continue }
                guard line.count <= InputLimits.recordBytes else {
                    failures += 1
                    Terminal.error(
                        "error: \(path):\(lineNumber): the record is \(line.count >> 20) MB, more than an article "
                            + "(the limit is \(InputLimits.recordBytes >> 20) MB); skipped")
                    continue
                }
                guard let record = batchRecord(line) else {
                    failures += 1
                    Terminal.error("error: \(path):\(lineNumber): not a JSON object with a string field '\(textField)'; check --text-field")
                    continue
                }
                let origin = "\(path):\(lineNumber)"
                let markup = ArticleFile.markup(origin: "", text: record.text)
                let article = ArticleCleaner.article(raw: record.text, markup: markup, origin: origin, source: source, date: record.date ?? date)
                CodeOutput.writeDocument(coder.code(article), article: article, id: record.id ?? .int(lineNumber), into: &output)
                output.endLine()
                if output.bytes.count > 1 << 16 {
                    try output.bytes.withUnsafeBytes { try standardOutput.write($0) }
                    output.bytes.removeAll(keepingCapacity: true)
                }
            }
        }
        try output.bytes.withUnsafeBytes { try standardOutput.write($0) }
        try standardOutput.flush()
        return failures
    }

    /// One batch line's text, id (nil: use the line number) and publication date, or nil when it has no string text field.
    private func batchRecord(_ line: UnsafeBufferPointer<UInt8>) -> (text: String, id: JSONValue?, date: Day?)? {
        let wanted = [textField, idField] + (dateField.map { [$0] } ?? [])
        // Most lines are plain objects the byte reader vouches for; the rest get JSONSerialization's exact reading.
        if let fields = JSONLineFields.read(line, fields: wanted), case .string(let text)? = fields[textField] {
            let id: JSONValue? =
                switch fields[idField] {
                case .string(let value)?: .string(value)
                case .int(let value)?: .int(value)
                case nil: nil
                }
            var recordDate: Day?
            if let dateField, case .string(let value)? = fields[dateField] { recordDate = Day(iso: value.prefix(10)) }
            return (text, id, recordDate)
        }
        let record = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
        guard let record, let text = record[textField] as? String else { return nil }
        let id: JSONValue? =
            switch record[idField] {
            case let value as String: .string(value)
            case let value as Int: .int(value)
            default: nil
            }
        let recordDate = dateField.flatMap { record[$0] as? String }.flatMap { Day(iso: $0.prefix(10)) }
        return (text, id, recordDate)
    }
}

enum CodeFormat: String, ExpressibleByArgument, CaseIterable {
    case table, json, jsonl
}
