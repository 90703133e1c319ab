import TruceModel

/// A truce told as a noun is news too: "I welcome the announcement of a ceasefire between Israel and Gaza-based
/// militants", "today's announcement of an extension of the truce in the Yemen conflict".
extension ArticleCoding {
    /// Nouns that report a truce coming about.
    static let truceNews: Set<String> = ["announcement", "extension", "renewal", "conclusion"]
    /// Nouns of a truce.
    static let truceNouns: Set<String> = ["ceasefire", "cease-fire", "truce", "armistice"]

    /// An agreement event (CAMEO 0871, declare a truce) for a sentence that announces or extends a truce by a noun
    /// ("the announcement of a ceasefire"), between the first two actors named after it; nil when the sentence
    /// has none, or the article already has a truce event (a truce named again is the same truce).
    func truceEvent(
        words: [CasualtyWords.Word], sentence: Sentence, date: [DateMention], location: CodedLocation, lexical: LexicalSentence
    ) -> CodedEvent? {
        guard let start = words.firstIndex(where: { Self.truceNews.contains($0.text) }) else { return nil }
        let window = words[(start + 1)..<min(words.count, start + 8)]
        guard let truce = window.first(where: { Self.truceNouns.contains($0.text) }),
            !result.events.contains(where: { $0.code.hasPrefix("0871") || $0.code.hasPrefix("057") })
        else { return nil }
        let actors = coder.sentenceCoder.actors(in: sentence.text, on: sentence.published ?? article.publicationDate).filter {
            $0.range.lowerBound >= truce.range.upperBound && !$0.code.isEmpty
        }
        return codedEvent(
            code: "0871", source: actors.first, target: actors.dropFirst().first, verbRange: words[start].range, sentence: sentence,
            confidence: 0.6, date: date, location: location, lexical: lexical)
    }
}
