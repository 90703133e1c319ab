/// One act done by several doers is one event: "the Lebanese Army and the State Security Forces will deploy" is one
/// deployment, as ACLED codes it (the first doer its actor 1, the others associated with it), not one per doer. But
/// "each" after the doers says each did an act of its own: "Russia and Ukraine each freed 95 prisoners" tells two
/// releases of 95, one by each side, so each doer keeps its event and its figure.
extension ArticleCoding {
    /// `events` with one event for each act of a compound subject: of the events of the same verb, code and target
    /// whose doers differ, the one whose doer is named first is kept, where the first of them stood. (Two sides acting
    /// on each other, "Hamas and Israel clashed", differ in their targets and stay.)
    static func oneEventPerCompoundSubject(_ events: [SentenceEvent], sentence: String = "") -> [SentenceEvent] {
        guard events.count > 1 else { return events }
        var kept: [SentenceEvent] = []
        for event in events {
            guard let source = event.source, !isDistributive(sentence, from: source.range.upperBound, to: event.verbRange.lowerBound),
                let index = kept.firstIndex(where: { earlier in
                    earlier.verbRange == event.verbRange && earlier.code == event.code && earlier.target == event.target
                        && earlier.source != nil && earlier.source != source
                })
            else {
                kept.append(event)
                continue
            }
            if let earlier = kept[index].source, source.range.lowerBound < earlier.range.lowerBound { kept[index] = event }
        }
        return kept
    }

    /// Whether "each" stands alone between a doer ending at `from` and its verb starting at `to` ("Russia and Ukraine
    /// each freed"; "have each released").
    static func isDistributive(_ sentence: String, from: Int, to: Int) -> Bool {
        let bytes = Array(sentence.utf8)
        guard from < to, to <= bytes.count, to - from <= 24 else { return false }
        let between = String(decoding: bytes[from..<to], as: UTF8.self).lowercased().split(separator: " ")
        return between.contains("each")
    }

    /// The doers of a compound subject that "each" distributes an act over, before `offset`: "Russia and Ukraine each
    /// freed 95 prisoners" → Russia, Ukraine. Nil when the nearest doer before it is not followed by "each" or not
    /// joined to the one before it by "and".
    static func distributedDoers(_ actors: [ActorMention], before offset: Int, in sentence: String) -> [ActorMention]? {
        guard let lastIndex = actors.lastIndex(where: { $0.range.upperBound <= offset }), lastIndex > 0 else { return nil }
        let last = actors[lastIndex]
        let bytes = Array(sentence.utf8)
        guard let verbStart = firstWordEnd(bytes, after: last.range.upperBound), isDistributive(sentence, from: last.range.upperBound, to: verbStart)
        else { return nil }
        let first = actors[lastIndex - 1]
        guard first.range.upperBound <= last.range.lowerBound else { return nil }
        let joint = String(decoding: bytes[first.range.upperBound..<last.range.lowerBound], as: UTF8.self)
        return joint.split(separator: " ") == ["and"] ? [first, last] : nil
    }

    /// Where the word after the one that follows `offset` starts: past "each" to its verb.
    private static func firstWordEnd(_ bytes: [UInt8], after offset: Int) -> Int? {
        var index = offset
        while index < bytes.count, bytes[index] == 0x20 { index += 1 }
        while index < bytes.count, bytes[index] != 0x20 { index += 1 }
        return index < bytes.count ? index + 1 : nil
    }
}
