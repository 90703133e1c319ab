import Testing
import TruceCoder
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
            let article = try ArticleFile.article(bytes: bytes, origin: "a.txt", source: nil, date: nil)
            #expect(article.headline == "Clashes in Kunar")
            #expect(article.publicationDate == Day(iso: "2010-11-13"))
            #expect(article.text.hasPrefix("KABUL, Afghanistan (Nov. 13, 2010) — Forces"))
        }
    }

    @Test func windows1252AndMixedEncodings() throws {
        // “Kunar” in Windows-1252 quotes, then a UTF-8 é: both survive.
        let bytes: [UInt8] = Array("Head\nThe ".utf8) + [0x93] + Array("Kunar".utf8) + [0x94] + Array(" caf".utf8) + [0xC3, 0xA9] + [0x85]
        let article = try ArticleFile.article(bytes: bytes, origin: "a.txt", source: nil, date: nil)
        #expect(article.text == "The “Kunar” café…")
    }

    @Test func binaryAndNULsAreRefused() {
        #expect(throws: TruceError.self) {
            try ArticleFile.article(bytes: [0x89, 0x50, 0x4E, 0x47, 0, 0, 1, 2], origin: "p.png", source: nil, date: nil)
        }
        do {
            _ = try ArticleFile.article(bytes: Array("text\u{0}more".utf8), origin: "x.txt", source: nil, date: nil)
            Issue.record("a NUL byte should be refused")
        } catch {
            #expect(error.message.contains("x.txt"))
            #expect(error.message.contains("binary"))
        }
        let controls = [UInt8](repeating: 0x01, count: 100) + Array("text".utf8)
        #expect(throws: TruceError.self) { try ArticleFile.article(bytes: controls, origin: "c", source: nil, date: nil) }
    }

    @Test func emptyAndOversizedFiles() throws {
        let empty = try ArticleFile.article(bytes: [], origin: "e.txt", source: nil, date: Day(iso: "2020-01-01"))
        #expect(empty.text.isEmpty)
        #expect(ArticleCoder().code(empty).isEmpty)
        let big = [UInt8](repeating: 0x61, count: ArticleFile.maximumBytes + 1)
        do {
            _ = try ArticleFile.article(bytes: big, origin: "big.txt", source: nil, date: nil)
            Issue.record("an oversized file should be refused")
        } catch {
            #expect(error.message.contains("big.txt"))
        }
    }

    @Test func tenMegabytesOfOneSentence() throws {
        let bytes = Array(String(repeating: "and the fighting went on ", count: 400_000).utf8)
        let article = try ArticleFile.article(bytes: bytes, origin: "long.txt", source: nil, date: Day(iso: "2020-03-01"))
        let result = ArticleCoder().code(article)
        #expect(result.events.count < 1_000_000)
    }

    @Test func markupFromExtensionThenContent() {
        #expect(ArticleFile.markup(origin: "a.HTM", text: "plain") == .html)
        #expect(ArticleFile.markup(origin: "a.md", text: "<p>x</p>") == .markdown)
        #expect(ArticleFile.markup(origin: "a", text: "<!DOCTYPE html><html>") == .html)
        #expect(ArticleFile.markup(origin: "a", text: "# Title\n\nBody") == .markdown)
        #expect(ArticleFile.markup(origin: "a", text: "Just words.") == .plain)
    }
}
