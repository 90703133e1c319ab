import Foundation
import Testing
import TruceTestSupport

/// Below the front ends, messages name no command-line flag or command: each front end adds its
/// own hint (the CLI a flag, the server a request field) from the error's `parameter`.
@Suite struct MessagesNameNoFlagTests {
    /// The targets below the front ends.
    static let libraries = ["TruceModel", "TruceEngine", "TruceFormats", "TruceCoder", "TruceStorage", "TruceStore", "TruceCore"]

    /// Files whose messages still name a flag or command, each to be moved to a `parameter` and a
    /// front-end hint; the test fails when one is fixed, so the list shrinks with the code.
    static let knownRemaining: Set<String> = []

    /// Text a PA-X skeleton writes into the agreement file about how it was made, not an instruction.
    static let describesItsOrigin: Set<String> = ["TruceFormats/PAX/AgreementSkeleton.swift"]

    /// A flag (`--store`) or a command (`` `truce review …` ``) inside a string literal.
    static let pattern = #""[^"]*(--[a-z][a-z-]+|`truce [a-z])"#

    @Test func libraryMessagesNameNoFlag() throws {
        let sources = TestPaths.repository.appendingPathComponent("Sources")
        let mention = try NSRegularExpression(pattern: Self.pattern)
        var offending: Set<String> = []
        for library in Self.libraries {
            let folder = sources.appendingPathComponent(library)
            let files = try #require(FileManager.default.enumerator(atPath: folder.path)).compactMap { $0 as? String }
            for file in files where file.hasSuffix(".swift") {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                    let line = String(line)
                    if mention.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                        offending.insert("\(library)/\(file)")
                    }
                }
            }
        }
        #expect(offending.subtracting(Self.describesItsOrigin) == Self.knownRemaining)
    }
}
