import Foundation
public import TruceModel
import Yams

/// Reads agreement files in the Truce agreement format, version 1
/// (`docs/agreement-format.md`).
///
/// The loader reports every problem it finds, each with its line and column,
/// rather than stopping at the first: an analyst fixing a file should see
/// all that is wrong at once.
public enum AgreementLoader {
    /// Reads and checks the agreement in the file at `path`.
    ///
    /// - Throws: ``AgreementErrors`` listing every problem, or a single
    ///   `unreadableFile` error naming the path when the file cannot be read.
    public static func load(path: String) throws -> Agreement {
        try parse(yaml: read(path), file: path)
    }

    /// Reads and checks the agreement in the file at `path`, handing `warn` what is valid but
    /// probably a mistake (a deadline before the signing), each with its line and column.
    ///
    /// - Throws: as ``load(path:)``.
    public static func load(path: String, warn: (TruceError) -> Void) throws -> Agreement {
        try parse(yaml: read(path), file: path, warn: warn)
    }

    /// Checks the agreement written in `yaml`; `file` names it in error locations.
    ///
    /// - Throws: ``AgreementErrors`` listing every problem found.
    public static func parse(yaml: String, file: String, warn: (TruceError) -> Void = { _ in }) throws -> Agreement {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            throw AgreementErrors([syntaxError(error, yaml: yaml, file: file)])
        }
        guard let root else {
            let message = "the file is empty; an agreement file starts with 'truce: 1' (see docs/agreement-format.md)"
            throw AgreementErrors([TruceError(.invalidAgreement, message, at: SourceLocation(file: file, line: 1, column: 1))])
        }
        let decoder = AgreementDecoder(file: file)
        let agreement = decoder.decode(root)
        guard let agreement, decoder.errors.isEmpty else {
            throw AgreementErrors(decoder.sortedErrors)
        }
        decoder.warnings.forEach(warn)
        return agreement
    }

    static func read(_ path: String) throws -> String {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw unreadable("agreement file '\(path)' does not exist; check the path")
        }
        guard !isFolder.boolValue else {
            throw unreadable("'\(path)' is a folder, not an agreement file; give the path of its YAML file, e.g. '\(path)/agreement.yaml'")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw unreadable("agreement file '\(path)' cannot be read; check its permissions")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw unreadable("agreement file '\(path)' is not UTF-8 text; save it as UTF-8")
        }
        return text
    }

    private static func unreadable(_ message: String) -> AgreementErrors {
        AgreementErrors([TruceError(.unreadableFile, message)])
    }

    // MARK: - YAML syntax errors

    /// One error at the place Yams points to, in words a user can act on.
    private static func syntaxError(_ error: any Error, yaml: String, file: String) -> TruceError {
        let advice = "check the indentation (spaces, not tabs) and quote values that start with '>', '|', '*', '&', '!', '%', '@', '[' or '{'"
        func located(_ message: String, _ place: (line: Int, column: Int)) -> TruceError {
            TruceError(.invalidAgreement, message, at: SourceLocation(file: file, line: place.line, column: place.column))
        }
        guard let yamlError = error as? YamlError else {
            return TruceError(.invalidAgreement, "YAML error: \(error)", at: SourceLocation(file: file, line: 1, column: 1))
        }
        switch yamlError {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            if problem.contains("another document") {
                let message = "the file holds more than one YAML document (a second '---'); an agreement file holds one agreement"
                return located(message, (mark.line, mark.column))
            }
            let during = context.map { " (\($0.text), from line \($0.mark.line))" } ?? ""
            return located("YAML syntax error: \(problem)\(during); \(advice)", (mark.line, mark.column))
        case .reader(let problem, let offset, _, _):
            let place = offset.map { position(atUTF8Offset: $0, in: yaml) } ?? (1, 1)
            return located("the file cannot be read as YAML text: \(problem); save it as UTF-8 without control characters", place)
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = (line: context.mark.line, column: context.mark.column)
            let second = repeatedKey(key, after: first, in: yaml) ?? first
            return located(
                "key '\(key)' appears more than once in the same mapping (first on line \(first.line)); "
                    + "keep one, or give each entry its own name",
                second)
        default:
            return TruceError(.invalidAgreement, "YAML error: \(yamlError)", at: SourceLocation(file: file, line: 1, column: 1))
        }
    }

    /// Yams marks a duplicated key's first use; the mistake is usually the later one, at the same indentation.
    private static func repeatedKey(_ key: String, after first: (line: Int, column: Int), in yaml: String) -> (line: Int, column: Int)? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        let indent = first.column - 1
        guard first.line < lines.count else { return nil }
        for number in first.line..<lines.count {
            let line = lines[number]
            guard line.count > indent, line.prefix(indent).allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            let rest = line.dropFirst(indent)
            let candidates = [key, "\"\(key)\"", "'\(key)'"]
            if candidates.contains(where: { rest.hasPrefix($0) && DateExpressionParser.trim(rest.dropFirst($0.count)).hasPrefix(":") }) {
                return (number + 1, first.column)
            }
            // A line less indented than the key ends its mapping.
            if let firstText = line.firstIndex(where: { $0 != " " }), line.distance(from: line.startIndex, to: firstText) < indent,
                line[firstText] != "#"
            {
                return nil
            }
        }
        return nil
    }

    private static func position(atUTF8Offset offset: Int, in yaml: String) -> (line: Int, column: Int) {
        let prefix = yaml.utf8.prefix(offset)
        let line = prefix.filter { $0 == UInt8(ascii: "\n") }.count + 1
        let lineStart = prefix.lastIndex(of: UInt8(ascii: "\n")).map { prefix.index(after: $0) } ?? prefix.startIndex
        let column = String(decoding: prefix[lineStart...], as: UTF8.self).unicodeScalars.count + 1
        return (line, column)
    }
}
