/// Who reports an act is not one of its sides: "At least 12 civilians were killed when shells hit a market, according to
/// the Sudan Doctors' Union" names a source, not a target; nor does "…, the army said".
extension ArticleCoding {
    /// Whether the actor named at `actor.range` is the source of the report: right after "according to" (with "the"
    /// perhaps and up to two words of the name before it), or, with `saying`, right before a verb of saying (which may
    /// also tell of its own act: "the army said it killed 20" keeps the army as the doer, so this counts for targets only).
    static func isAttribution(_ actor: ActorMention, in sentence: String, saying: Bool) -> Bool {
        let bytes = Array(sentence.utf8)
        guard actor.range.upperBound <= bytes.count else { return false }
        let before = CasualtyWords.words(String(decoding: bytes[max(0, actor.range.lowerBound - 48)..<actor.range.lowerBound], as: UTF8.self))
        let texts = before.suffix(5).map(\.text)
        if let according = texts.lastIndex(of: "according"), according + 1 < texts.count, texts[according + 1] == "to",
            texts.count - according <= 5, !before.suffix(texts.count - according - 1).contains(where: \.punctuatedBefore)
        {
            return true
        }
        guard saying else { return false }
        let after = CasualtyWords.words(
            String(decoding: bytes[actor.range.upperBound..<min(bytes.count, actor.range.upperBound + 24)], as: UTF8.self))
        return after.first.map { sayingVerbs.contains($0.text) && !$0.punctuatedBefore } ?? false
    }

    private static let sayingVerbs: Set<String> = ["said", "says", "reported", "reports", "told", "stated", "announced", "claimed", "added"]
}
