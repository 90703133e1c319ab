import Foundation
import Testing
import TruceCoder
import TruceFormats
import TruceModel

@testable import TruceCLI

/// Batch output is written straight to bytes; it must be the very text the JSON values give.
@Suite struct CodeOutputTests {
    static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TruceCoderTests/Articles")

    static var files: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: articles.path)) ?? []
        return names.filter { name in [".txt", ".md", ".html"].contains { name.hasSuffix($0) } }.sorted().map { articles.appendingPathComponent($0) }
    }

    @Test func bytesWriterWritesWhatTheJSONValuesSay() throws {
        #expect(Self.files.count >= 15)
        let coder = ArticleCoder()
        for (index, file) in Self.files.enumerated() {
            let article = try ArticleFile(path: file.path).article(source: nil, date: nil)
            let coded = coder.code(article)
            let id: JSONValue = index.isMultiple(of: 2) ? .string(file.lastPathComponent) : .int(index)
            var bytes = JSONBytes()
            CodeOutput.writeDocument(coded, article: article, id: id, into: &bytes)
            bytes.endLine()
            CodeOutput.writeDocument(CodingResult(), article: article, id: .null, into: &bytes)
            let expected =
                CodeOutput.document(coded, article: article, id: id).text + "\n"
                + CodeOutput.document(CodingResult(), article: article, id: .null).text
            #expect(String(decoding: bytes.bytes, as: UTF8.self) == expected, "\(file.lastPathComponent)")
        }
    }
}
