import Foundation
import TruceCoder
import TruceModel
import TruceStorage
import TruceStore
import TruceTestSupport

/// A store with coded articles waiting for review, built through the store's API with
/// coded values written out (the coder's output is the input here).
enum ReviewFixtures {
    static let stamp = "2026-01-01T00:00:00Z"

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// Cluster 1: a Taliban attack on US forces in Helmand on 2020-03-05, told by three wires.
    /// Cluster 2: a Taliban pledge to stop attacks (not an act).
    static func populate(_ store: Store) throws {
        let attack = [
            "Taliban fighters attacked US forces in Helmand on Thursday, killing one soldier.",
            "A US soldier was killed when the Taliban attacked a base in Helmand.",
            "The Taliban claimed an attack on American troops in Helmand province.",
        ]
        var items: [ArticleImport] = attack.enumerated().map { index, sentence in
            let article = Article(
                origin: "wire-\(index).txt", source: "Wire \(index)", headline: "Attack in Helmand (\(index))",
                text: "LASHKAR GAH — \(sentence) Officials gave no more details.", publicationDate: day("2020-03-06"))
            let event = CodedEvent(
                date: ResolvedDate(day: day("2020-03-05")), actor1: CodedActor(name: "Taliban", text: "Taliban"),
                actor2: CodedActor(name: "United States", text: "US forces"), code: "190", acledEventType: "Battles",
                acledSubEventType: "Armed clash", location: CodedLocation(country: "Afghanistan", admin1: "Helmand"),
                fatalities: index == 2 ? CodedFatalities() : CodedFatalities(low: 1, best: 1, high: 1), modality: .done,
                span: span(of: sentence, in: article.text), confidence: 0.7)
            return ArticleImport(article: article, bytes: Array(article.text.utf8), result: CodingResult(events: [event]))
        }
        let pledge = "The Taliban pledged to stop attacks on US forces in Helmand."
        let article = Article(
            origin: "pledge.txt", source: "Wire 9", headline: "A pledge", text: pledge, publicationDate: day("2020-03-06"))
        let promised = CodedEvent(
            date: ResolvedDate(day: day("2020-03-06")), actor1: CodedActor(name: "Taliban", text: "Taliban"),
            actor2: CodedActor(name: "United States", text: "US forces"), code: "190", acledEventType: "Battles",
            location: CodedLocation(country: "Afghanistan", admin1: "Helmand"), modality: .promised,
            span: span(of: pledge, in: article.text), confidence: 0.6)
        items.append(ArticleImport(article: article, bytes: Array(pledge.utf8), result: CodingResult(events: [promised])))
        _ = try store.importArticles(items, importedAt: stamp)
    }

    /// A store file in a fresh folder, populated.
    static func storeFile() throws -> String {
        let path = try TestPaths.temporaryDirectory("truce-review").appendingPathComponent("t.sqlite").path
        try populate(try Store.open(path: path))
        return path
    }

    static func span(of sentence: String, in text: String) -> TextSpan {
        guard let range = text.range(of: sentence) else { return TextSpan(start: 0, end: 0) }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return TextSpan(start: start, end: start + sentence.unicodeScalars.count)
    }
}
