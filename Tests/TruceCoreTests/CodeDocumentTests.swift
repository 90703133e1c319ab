import Foundation
import Testing
import TruceCoder
import TruceCore
import TruceFormats
import TruceModel
import TruceTestSupport

/// The coder's output document, as the core writes it for every front end.
@Suite struct CodeDocumentTests {
    static let articles = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("TruceCoderTests/Articles")

    static var files: [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: articles.path)) ?? []
        return names.filter { name in [".txt", ".md", ".html"].contains { name.hasSuffix($0) } }.sorted().map { articles.appendingPathComponent($0) }
    }

    /// Batch output is written straight to bytes; it must be the very text the JSON values give.
    @Test func bytesWriterWritesWhatTheJSONValuesSay() throws {
        #expect(Self.files.count >= 15)
        let coder = ArticleCoder()
        for (index, file) in Self.files.enumerated() {
            let article = try ArticleInput.article(bytes: try ArticleInput.file(file.path).read(), origin: file.path, source: nil, date: nil)
            let coded = coder.code(article)
            let id: JSONValue = index.isMultiple(of: 2) ? .string(file.lastPathComponent) : .int(index)
            var bytes = JSONBytes()
            CodeDocument.writeDocument(coded, article: article, id: id, into: &bytes)
            bytes.endLine()
            CodeDocument.writeDocument(CodingResult(), article: article, id: .null, into: &bytes)
            let expected =
                CodeDocument.document(coded, article: article, id: id).text + "\n"
                + CodeDocument.document(CodingResult(), article: article, id: .null).text
            #expect(String(decoding: bytes.bytes, as: UTF8.self) == expected, "\(file.lastPathComponent)")
        }
    }
}

extension CodeDocumentTests {
    /// The document of one article, as `truce code --format json` prints it for several files.
    @Test func codeDocumentMatchesItsGoldenFile() throws {
        let file = Self.articles.appendingPathComponent("2020-03-04-checkpoint-attacks.txt")
        let coded = try CodingService(settings: CodingSettings(source: "Wire")).code(
            .bytes(try ArticleInput.file(file.path).read(), origin: "checkpoint.txt"))
        try #require(!coded.result.events.isEmpty)
        let text =
            JSONDocument.string(ordered: .array([CodeDocument.document(coded.result, article: coded.article, id: .string("checkpoint.txt"))])) + "\n"
        let expected = try GoldenFile(DocumentGoldenTests.folder.appendingPathComponent("code.json")).expected(comparing: text)
        #expect(text == expected, "the document differs from Golden/code.json")
    }

    /// `truce code --confidence-signs`: each event ends with the signs its confidence weighed, null for an event with
    /// no ACLED type; batch lines carry them too, and without the flag no event has them.
    @Test func confidenceSignsAreAddedOnlyWhenAskedFor() throws {
        let text = "KABUL, March 4, 2020 — Taliban fighters attacked an Afghan army checkpoint in Helmand province, killing four soldiers."
        var service = try CodingService(settings: CodingSettings())
        let plain = try service.code(.bytes(Array(text.utf8), origin: "a.txt"))
        #expect(plain.confidenceSigns == nil)
        #expect(!CodeDocument.result(plain.result).text.contains("confidence_signs"))
        service.keepsConfidenceSigns = true
        let coded = try service.code(.bytes(Array(text.utf8), origin: "a.txt"))
        let signs = try #require(coded.confidenceSigns)
        #expect(coded.result == plain.result && signs.count == coded.result.events.count)
        let attack = try #require(signs.first ?? nil)
        #expect(attack.isDone && attack.isDatedToADay && attack.isCounted)
        let json = CodeDocument.result(coded.result, signs: signs).text
        #expect(json.contains(#""confidence_signs":{"rules":"#) && json.contains(#""done":true,"dated_to_a_day":true"#))
        var bytes = JSONBytes()
        CodeDocument.writeDocument(coded.result, article: coded.article, id: .int(1), signs: signs, into: &bytes)
        let document = CodeDocument.document(coded.result, article: coded.article, id: .int(1), signs: signs)
        #expect(String(decoding: bytes.bytes, as: UTF8.self) == document.text)
        var batch: [UInt8] = []
        let line = #"{"id": "a", "text": "\#(text)"}"#
        _ = try service.codeLines(Array(line.utf8), name: "b.jsonl", fields: BatchFields(), write: { batch += $0 }, failure: { _ in })
        #expect(String(decoding: batch, as: UTF8.self).contains(#""confidence_signs":{"#))
    }

    /// Batch mode codes every good line and names each bad one by its line, in order.
    @Test func batchCodesGoodLinesAndNamesBadOnes() throws {
        let lines = [
            #"{"id": "a", "text": "KABUL, March 4, 2020 — Taliban fighters attacked an Afghan army checkpoint in Helmand province, killing four soldiers."}"#,
            #"{"id": "b", "body": "no text field"}"#,
            "",
            #"{"text": "Nothing happened.", "published": "2020-03-05T10:00:00Z"}"#,
            "not json",
        ]
        let service = try CodingService(settings: CodingSettings())
        var output: [UInt8] = []
        var failures: [BatchFailure] = []
        let failed = try service.codeLines(
            Array(lines.joined(separator: "\n").utf8), name: "batch.jsonl", fields: BatchFields(date: "published"),
            write: { output += $0 }, failure: { failures.append($0) })
        #expect(failed == 2)
        #expect(failures.map(\.line) == [2, 5])
        #expect(failures.allSatisfy { $0.parameter == "text_field" && $0.name == "batch.jsonl" })
        let documents = String(decoding: output, as: UTF8.self).split(separator: "\n").map { String($0) }
        #expect(documents.count == 2)
        #expect(documents[0].hasPrefix(#"{"file":"a","#) && documents[0].contains(#""code":"#))
        #expect(documents[1].hasPrefix(#"{"file":4,"#) && documents[1].contains(#""publication_date":"2020-03-05""#))
    }

    /// One loader for every front end: a folder's visible files in name order, warnings kept, and a
    /// missing path refused with the input it concerns.
    @Test func dictionariesLoadFromFilesAndFolders() throws {
        let folder = try TestPaths.temporaryDirectory("dictionaries")
        try Data("MILITIA_GROUP_X [IMGMIL]\n".utf8).write(to: folder.appendingPathComponent("b.actors.txt"))
        try Data("CAMP_FIGHTERS [IMGREB]\n".utf8).write(to: folder.appendingPathComponent("a.actors.txt"))
        try Data("ignored".utf8).write(to: folder.appendingPathComponent(".hidden"))
        let builtIn = CoderDictionaries.builtIn.actors.count
        let loaded = try DictionaryLoader.load([folder.path])
        #expect(loaded.actors.count > builtIn)
        let alone = try DictionaryLoader.load([folder.path], builtIn: false)
        #expect(alone.actors.count == 2)
        #expect(alone.actors.lookup("Camp Fighters") != nil && alone.actors.lookup("Militia Group X") != nil)
        let error = try #require(throws: TruceError.self) { try DictionaryLoader.load([folder.appendingPathComponent("none.txt").path]) }
        #expect(error.parameter == "dictionary" && error.code == TruceError.Code.unreadableFile)
    }
}
