import Foundation
import Testing
import TruceModel

@testable import TruceFormats

@Suite struct ArticleFileTests {
    let plain = "Clashes in Kunar\nKABUL, Afghanistan (Nov. 13, 2010) — Forces detained two suspected insurgents."

    @Test func encodings() throws {
        let utf8 = Array(plain.utf8)
        let bom = [0xEF, 0xBB, 0xBF] + utf8
        var utf16 = [UInt8(0xFF), 0xFE]
        for unit in plain.utf16 { utf16 += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        var utf16BE = [UInt8(0xFE), 0xFF]
        for unit in plain.utf16 { utf16BE += [UInt8(unit >> 8), UInt8(unit & 0xFF)] }
        for bytes in [utf8, bom, utf16, utf16BE] {
            let file = try ArticleFile(bytes: bytes, origin: "a.txt")
            #expect(file.text == plain)
            #expect(file.markup == .plain)
            #expect(file.origin == "a.txt")
        }
    }

    @Test func windows1252AndMixedEncodings() throws {
        // “Kunar” in Windows-1252 quotes, then a UTF-8 é: both survive.
        let bytes: [UInt8] = Array("Head\nThe ".utf8) + [0x93] + Array("Kunar".utf8) + [0x94] + Array(" caf".utf8) + [0xC3, 0xA9] + [0x85]
        let file = try ArticleFile(bytes: bytes, origin: "a.txt")
        #expect(file.text == "Head\nThe “Kunar” café…")
    }

    @Test func binaryAndNULsAreRefused() {
        #expect(throws: TruceError.self) {
            try ArticleFile(bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2], origin: "p.png")
        }
        do {
            _ = try ArticleFile(bytes: Array("text\u{0}more".utf8), origin: "x.txt")
            Issue.record("a NUL byte should be refused")
        } catch {
            #expect(error.message.contains("x.txt"))
            #expect(error.message.contains("binary"))
        }
        let controls = [UInt8](repeating: 0x01, count: 100) + Array("text".utf8)
        #expect(throws: TruceError.self) { try ArticleFile(bytes: controls, origin: "c") }
    }

    @Test func emptyAndOversizedFiles() throws {
        let empty = try ArticleFile(bytes: [], origin: "e.txt")
        #expect(empty.text.isEmpty)
        let big = [UInt8](repeating: 0x61, count: ArticleFile.maximumBytes + 1)
        do {
            _ = try ArticleFile(bytes: big, origin: "big.txt")
            Issue.record("an oversized file should be refused")
        } catch {
            #expect(error.message.contains("big.txt"))
        }
    }

    @Test func markupFromExtensionThenContent() {
        #expect(ArticleFile.markup(origin: "a.HTM", text: "plain") == .html)
        #expect(ArticleFile.markup(origin: "a.md", text: "<p>x</p>") == .markdown)
        #expect(ArticleFile.markup(origin: "a", text: "<!DOCTYPE html><html>") == .html)
        #expect(ArticleFile.markup(origin: "a", text: "# Title\n\nBody") == .markdown)
        #expect(ArticleFile.markup(origin: "a", text: "Just words.") == .plain)
    }

    static let uploads: [(name: String, bytes: [UInt8])] = [
        ("a.html", Array("<html><body><p>Forces <b>detained</b> two.</p></body></html>".utf8)),
        ("b.md", Array("# Title\n\nBody with [a link](http://x.org).".utf8)),
        ("c.txt", [0xFF, 0xFE] + Array("Hi".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        ("d.txt", Array("The ".utf8) + [0x93] + Array("Kunar".utf8) + [0x94]),
    ]

    /// An upload and the same bytes saved as a file read alike: text, markup and origin.
    @Test(arguments: uploads)
    func bytesAndPathReadAlike(name: String, bytes: [UInt8]) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("truce-article-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent(name).path
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let fromPath = try ArticleFile(path: path)
        let fromBytes = try ArticleFile(bytes: bytes, origin: path)
        #expect(fromPath == fromBytes)
        #expect(!fromBytes.text.isEmpty)
    }

    @Test func aMissingPathOrAFolderIsAnErrorNamingIt() {
        let missing = "/nonexistent/truce/article.txt"
        #expect { try ArticleFile(path: missing) } throws: { ($0 as? TruceError)?.message.contains(missing) == true }
        let folder = FileManager.default.temporaryDirectory.path
        #expect { try ArticleFile(path: folder) } throws: { ($0 as? TruceError)?.message.contains("folder") == true }
    }

    @Test func anOversizedFileIsRefusedByPathAsByBytes() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("truce-big-\(UUID().uuidString).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let big = [UInt8](repeating: 0x61, count: ArticleFile.maximumBytes + 1)
        try Data(big).write(to: URL(fileURLWithPath: path))
        var messages: [String] = []
        for read in [{ try ArticleFile(path: path) }, { try ArticleFile(bytes: big, origin: path) }] {
            do {
                _ = try read()
                Issue.record("an oversized file should be refused")
            } catch let error as TruceError {
                messages.append(error.message)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
        #expect(messages.count == 2 && messages[0] == messages[1])
        #expect(messages.first?.contains(path) == true)
    }
}
