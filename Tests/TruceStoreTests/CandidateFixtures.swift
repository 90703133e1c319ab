import TruceModel
import TruceStorage
import TruceStore

/// Articles and what a coder would find in them, written out as values: the real input of
/// the candidate store, without depending on what the coder finds today.
enum CandidateFixtures {
    static let stamp = "2026-01-01T00:00:00Z"

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func article(
        _ origin: String, source: String = "Wire", published: String = "2020-03-05", headline: String? = nil, _ text: String
    )
        -> Article
    {
        Article(origin: origin, source: source, headline: headline ?? "Headline of \(origin)", text: text, publicationDate: day(published))
    }

    /// Where `sentence` sits in `text`, in Unicode scalars (the span convention of the coder).
    static func span(of sentence: String, in text: String) -> TextSpan {
        guard let range = text.range(of: sentence) else { return TextSpan(start: 0, end: 0) }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return TextSpan(start: start, end: start + sentence.unicodeScalars.count)
    }

    static func event(
        _ sentence: String, in article: Article, date: String? = "2020-03-04", actor1: String? = "Taliban", actor2: String? = "United States",
        code: String = "190", eventType: String? = "Battles", subEventType: String? = "Armed clash", country: String? = "Afghanistan",
        admin1: String? = "Helmand", place: String? = nil, killed: CodedFatalities = CodedFatalities(), modality: Modality = .done,
        confidence: Double = 0.8
    ) -> CodedEvent {
        CodedEvent(
            date: date.map { ResolvedDate(day: day($0)) }, actor1: actor1.map { CodedActor(name: $0, text: $0) },
            actor2: actor2.map { CodedActor(name: $0, text: $0) }, code: code, acledEventType: eventType, acledSubEventType: subEventType,
            location: CodedLocation(country: country, admin1: admin1, place: place), fatalities: killed, modality: modality,
            span: span(of: sentence, in: article.text), confidence: confidence)
    }

    /// A stored item whose hash stands for the file's bytes (the origin and the text).
    static func item(_ article: Article, events: [CodedEvent] = [], claims: [CodedClaim] = [], figures: [CodedFigure] = []) -> ArticleImport {
        ArticleImport(
            article: article, bytes: Array((article.origin + "\n" + article.text).utf8),
            result: CodingResult(events: events, claims: claims, figures: figures))
    }

    /// One attack on US forces in Helmand reported by `count` wires, each in its own words.
    static func attackReports(_ count: Int = 3) -> [ArticleImport] {
        let wording = [
            ("Taliban fighters attacked a US base in Helmand on Wednesday, killing two soldiers.", CodedFatalities(low: 2, best: 2, high: 2)),
            ("At least three US soldiers died when the Taliban stormed an outpost in Helmand.", CodedFatalities(low: 3, best: 3, high: nil)),
            ("The Taliban assault on American troops in Helmand left between two and five dead.", CodedFatalities(low: 2, best: 4, high: 5)),
        ]
        return (0..<count).map { index in
            let (sentence, killed) = wording[index % wording.count]
            let a = article("wire-\(index).txt", source: "Wire \(index)", "Kabul. \(sentence) More fighting was feared.")
            return item(a, events: [event(sentence, in: a, killed: killed, confidence: 0.6 + Double(index) / 10)])
        }
    }
}
