/// Codes ACLED-style notes — one short report of one event — into an ACLED event type,
/// sub-event type and fatality count.
///
/// The types come from a learned `EventTypeModel`; the count from the rules' casualty
/// reading (`CasualtyFinder`) of each sentence that speaks of death, with ACLED's own
/// phrasing ("3 fatalities", "1 fatality") read first. A note that reports no death has 0.
public struct NoteCoder: Sendable {
    public let model: EventTypeModel

    public init(model: EventTypeModel) {
        self.model = model
    }

    public func code(_ note: String) -> CodedNote {
        let prediction = model.classify(note)
        return CodedNote(
            eventType: prediction.eventType, subEventType: prediction.subEventType, confidence: prediction.confidence,
            fatalities: Self.fatalities(in: note))
    }

    /// The people a note reports killed: the largest count any one sentence gives (notes often
    /// repeat a count or break it down), 0 when none does.
    ///
    /// ACLED's own statement comes first: "Fatalities coded as 0", "3 fatalities". A sentence that
    /// names a killing the casualty reading cannot count ("was shot dead", "lynched a thief") counts one.
    public static func fatalities(in note: String) -> Int {
        let bytes = Array(note.utf8)
        // Lower-cased once for every search below (same length, so the sentences' ranges hold).
        let lowered = bytes.map { Bytes.isUpper($0) ? $0 | 0x20 : $0 }
        if let coded = codedFatalities(lowered: lowered) { return coded }
        if let stated = statedFatalities(bytes) { return stated }
        var most = 0
        for range in SentenceSplitter.sentences(in: note) where speaksOfDeath(lowered: lowered[range]) {
            let sentence = String(decoding: bytes[range], as: UTF8.self)
            if let killed = CasualtyFinder.report(in: sentence).fatalities {
                most = max(most, killed.best ?? killed.low ?? 0)
            } else if contains(lowered: lowered[range], any: singleKillings) {
                most = max(most, 1)
            }
        }
        return most
    }

    /// "… fatalities coded as 10": the count ACLED chose when sources disagree or give none.
    ///
    /// - Parameter lowered: the note's bytes, ASCII capitals lower-cased.
    static func codedFatalities(lowered: [UInt8]) -> Int? {
        let phrase = codedAs
        guard lowered.count > phrase.count else { return nil }
        for start in 0...(lowered.count - phrase.count) where lowered[start] == phrase[0] {
            guard lowered[start..<(start + phrase.count)].elementsEqual(phrase) else { continue }
            // Only where the sentence is about fatalities: "coded as Malimana" names a place.
            let before = lowered[max(0, start - 40)..<start]
            guard contains(lowered: before, any: fatalityStem) else { continue }
            var end = start + phrase.count
            var value = 0
            var digits = 0
            while end < lowered.count, Bytes.isDigit(lowered[end]), digits < 6 {
                value = value * 10 + Int(lowered[end] - UInt8(ascii: "0"))
                digits += 1
                end += 1
            }
            if digits > 0 { return value }
        }
        return nil
    }

    /// ACLED's closing count, "… 3 fatalities." or "1 fatality": the number right before the word.
    static func statedFatalities(_ bytes: [UInt8]) -> Int? {
        let word = Array("fatalit".utf8)
        guard bytes.count > word.count + 2 else { return nil }
        var found: Int?
        for start in 2...(bytes.count - word.count) where bytes[start] == UInt8(ascii: "f") && bytes[start..<start + word.count].elementsEqual(word) {
            var end = start - 1
            guard bytes[end] == 0x20 else { continue }
            end -= 1
            var value = 0
            var scale = 1
            var digits = 0
            while end >= 0, Bytes.isDigit(bytes[end]) || (bytes[end] == UInt8(ascii: ",") && digits > 0) {
                if bytes[end] != UInt8(ascii: ",") {
                    value += Int(bytes[end] - UInt8(ascii: "0")) * scale
                    scale *= 10
                    digits += 1
                }
                end -= 1
                if digits > 6 { break }
            }
            guard digits > 0, digits <= 6 else { continue }
            found = max(found ?? 0, value)
        }
        return found
    }

    /// A cheap test before the casualty reading: does the sentence name a death at all?
    static func speaksOfDeath(lowered sentence: ArraySlice<UInt8>) -> Bool {
        contains(lowered: sentence, any: deathStems)
    }

    /// Whether the lower-cased text holds any of the (lower-case, non-empty) stems.
    static func contains(lowered text: ArraySlice<UInt8>, any stems: [[UInt8]]) -> Bool {
        text.withUnsafeBufferPointer { text in
            // One pass over the text; at each byte only the stems that begin with it are compared.
            for start in 0..<text.count {
                let byte = text[start]
                for stem in stems where stem[0] == byte && stem.count <= text.count - start {
                    var length = 1
                    while length < stem.count, text[start + length] == stem[length] { length += 1 }
                    if length == stem.count { return true }
                }
            }
            return false
        }
    }

    static let codedAs = Array("coded as ".utf8)
    static let fatalityStem = [Array("fatalit".utf8)]
    static let deathStems: [[UInt8]] = [
        "kill", "dead", "death", "died", "slain", "execut", "behead", "bodies", "corpse", "lynch", "assassinat", "murder", "succumb",
    ].map { Array($0.utf8) }
    /// Words that report one killing when no count is found ("a man was lynched", "shot dead").
    static let singleKillings: [[UInt8]] = [
        "lynch", "assassinat", "murder", "succumb", "shot dead", "to death", "behead", "was killed", "was found dead", "body of",
    ].map { Array($0.utf8) }
}

/// One note as `NoteCoder` reads it.
public struct CodedNote: Hashable, Sendable {
    public var eventType: String
    public var subEventType: String
    public var confidence: Double
    public var fatalities: Int

    public init(eventType: String, subEventType: String, confidence: Double, fatalities: Int) {
        self.eventType = eventType
        self.subEventType = subEventType
        self.confidence = confidence
        self.fatalities = fatalities
    }
}
