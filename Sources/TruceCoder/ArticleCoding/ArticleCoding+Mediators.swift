/// A go-between is not a side: "a ceasefire mediated by the UAE", "a truce brokered by Qatar and Egypt", "talks under
/// the auspices of the African Union". When both sides are named, the agreement or meeting is between them; when only
/// one is, the go-between stays its other actor; when none is named doing it ("a truce brokered by Qatar was signed"),
/// the go-between is actor 1. The mediating verb itself ("mediated", "brokered") is a mediation (CAMEO 045) by the
/// go-between for the first side.
extension ArticleCoding {
    /// Words after which the actors named, and those listed with them, are go-betweens.
    static let mediatorMarkers = [
        "mediated by", "brokered by", "facilitated by", "hosted by", "sponsored by", "under the auspices of", "with the mediation of",
        "through the mediation of", "mediation by",
    ]
    /// The participles that say the mediation itself.
    static let mediatingVerbs: Set<String> = ["mediated", "brokered", "facilitated"]
    static let mediation = "045"

    /// Whether the sentence may name a go-between: a cheap test of its words (already read, lower-cased) before its actors
    /// are looked for. (A search of the text for each marker took 14 % of coding a long statement.)
    static func namesMediator(_ words: [CasualtyWords.Word]) -> Bool {
        words.indices.contains { index in
            let word = words[index].text
            if word == "auspices" || word == "brokered" || word.hasPrefix("mediat") { return true }
            return ["facilitated", "hosted", "sponsored"].contains(word) && index + 1 < words.count && words[index + 1].text == "by"
        }
    }

    /// Whether `actor` is named as a go-between: right after a marker of `mediatorMarkers` ("the" allowed between), or
    /// in a list of names that starts so ("brokered by Qatar and Egypt").
    static func isMediator(_ actor: ActorMention, in sentence: String) -> Bool {
        let bytes = Array(sentence.utf8)
        let start = min(actor.range.lowerBound, bytes.count)
        let before = String(decoding: bytes[max(0, start - 100)..<start], as: UTF8.self)
        var words = before.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        // Back over a list of names ("Qatar, Egypt and the United States"), then the marker.
        while let last = words.last, last == "and" || last == "the" || last.first?.isUppercase == true { words.removeLast() }
        let tail = words.suffix(4).map { $0.lowercased() }
        return mediatorMarkerWords.contains { marker in tail.count >= marker.count && Array(tail.suffix(marker.count)) == marker }
    }

    static let mediatorMarkerWords = mediatorMarkers.map { $0.split(separator: " ").map(String.init) }

    /// Whether `owner` is written as a possessive right before `actor` ("Yemen's Houthi movement").
    static func isPossessive(_ owner: ActorMention, of actor: ActorMention, in sentence: String) -> Bool {
        let bytes = Array(sentence.utf8)
        guard owner.range.upperBound <= actor.range.lowerBound, actor.range.lowerBound <= bytes.count else { return false }
        let between = String(decoding: bytes[owner.range.upperBound..<actor.range.lowerBound], as: UTF8.self)
        return between == "'s " || between == "’s " || between == "' "
    }

    /// Whether the verb at `verbRange` is a participle of mediating ("mediated", "brokered").
    static func isMediatingVerb(_ verbRange: Range<Int>, in sentence: String) -> Bool {
        let bytes = Array(sentence.utf8)
        guard verbRange.upperBound <= bytes.count else { return false }
        return mediatingVerbs.contains(String(decoding: bytes[verbRange], as: UTF8.self).lowercased())
    }

    /// `event` with a go-between out of the side's place: the other side named in the sentence takes actor 2, the
    /// mediator actor 1 when no side is named doing the act, and a mediating verb's event becomes a mediation.
    static func withMediatorAsGoBetween(_ event: SentenceEvent, actors: [ActorMention], in sentence: String) -> SentenceEvent {
        guard let target = event.target, isMediator(target, in: sentence) else { return event }
        var event = event
        let sides = actors.filter { !isMediator($0, in: sentence) && !$0.code.isEmpty }
        if isMediatingVerb(event.verbRange, in: sentence) {
            event.code = mediation
            event.source = target
            event.target = sides.first
            return event
        }
        if let source = event.source {
            // With no other side named ("the delegations met … under the auspices of the African Union") the meeting
            // is with the go-between, who stays actor 2.
            // A possessive on the doer ("Yemen's Houthi movement") is part of its name, not the other side.
            let other = sides.first { side in
                side != source && side.range.lowerBound < event.verbRange.lowerBound
                    && !sides.contains { isPossessive(side, of: $0, in: sentence) }
            }
            if let other { event.target = other }
        } else {
            event.source = target
            event.target = nil
        }
        return event
    }
}
