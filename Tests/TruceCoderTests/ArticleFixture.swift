import Foundation
import TruceCoder
import TruceModel
import TruceTestSupport

/// An article written for the coder's tests, with what the coder must find in it.
///
/// Articles live in `Tests/TruceCoderTests/Articles` as `NAME.txt`, `NAME.md` or
/// `NAME.html`, each beside `NAME.expected.json` (format in that folder's README).
struct ArticleFixture: Sendable {
    static let folder: URL = TestPaths.repository.appendingPathComponent("Tests/TruceCoderTests/Articles")

    static let markupByExtension: [String: ArticleMarkup] = ["txt": .plain, "md": .markdown, "html": .html]

    /// The article files in the folder, sorted ("2020-03-05-helmand-airstrike.html"); the README is not one.
    static let fileNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0 != "README.md" && markupByExtension[URL(fileURLWithPath: $0).pathExtension] != nil }.sorted()
    }()

    /// The expectation files in the folder.
    static let expectationFileNames: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".expected.json") }.sorted()
    }()

    var fileName: String
    var markup: ArticleMarkup
    var raw: String
    var expectation: ArticleExpectation

    var baseName: String { URL(fileURLWithPath: fileName).deletingPathExtension().lastPathComponent }

    static func expectationName(for fileName: String) -> String {
        URL(fileURLWithPath: fileName).deletingPathExtension().lastPathComponent + ".expected.json"
    }

    init(fileName: String) throws {
        self.fileName = fileName
        guard let markup = Self.markupByExtension[URL(fileURLWithPath: fileName).pathExtension] else {
            throw FixtureFormatError("\(fileName): not a .txt, .md or .html article")
        }
        self.markup = markup
        raw = try String(contentsOf: Self.folder.appendingPathComponent(fileName), encoding: .utf8)
        let expectationName = Self.expectationName(for: fileName)
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(expectationName))
        expectation = try ArticleExpectation(data: data, file: expectationName)
    }

    /// The article as the cleaner makes it, with the date and source the file lacks.
    func article() throws -> Article {
        var passedDate: Day?
        if let passDate = expectation.passDate {
            guard let day = Day(iso: passDate) else { throw FixtureFormatError("\(fileName): pass_date \(passDate) is not a day") }
            passedDate = day
        }
        return ArticleCleaner.article(raw: raw, markup: markup, origin: fileName, source: expectation.passSource, date: passedDate)
    }
}
