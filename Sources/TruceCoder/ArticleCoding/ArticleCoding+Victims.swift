import TruceModel

/// ACLED names the unarmed victims of political violence "Civilians", whoever the text says they were: "six hostages
/// were executed" and "villagers were massacred" are acts against civilians, and a reader comparing events by their
/// sides finds them under that name, not under "hostages" or "people".
extension ArticleCoding {
    /// Nouns of unarmed people killed, besides `CasualtyWords.civilianWords`: people held, and people in general.
    static let unarmedVictimWords: Set<String> = ["hostage", "hostages", "captive", "captives", "people", "persons"]

    /// The event with its victims named as ACLED names them. In an act of political violence (violence against
    /// civilians, an explosion or remote violence, a battle), a target the dictionaries know as unarmed people (CAMEO "CVL": "people", "residents") is "Civilians"; with no target named, the people
    /// the sentence reports killed are, when it calls them civilians, hostages, captives or people. The words that
    /// named them stay the actor's text. Other events, and other targets, are left as they are.
    func victimsNamed(_ event: CodedEvent, casualties: CasualtyReport, sentence: Sentence) -> CodedEvent {
        guard let type = event.acledEventType, Self.family(of: type) == 0 else { return event }
        var event = event
        if let target = event.actor2 {
            if target.code?.hasSuffix("CVL") == true { event.actor2?.name = "Civilians" }
            return event
        }
        let bytes = Array(sentence.text.utf8)
        for casualty in casualties.killed where !casualty.isNone && casualty.range.upperBound <= bytes.count {
            let phrase = String(decoding: bytes[casualty.range], as: UTF8.self)
            let words = CasualtyWords.words(phrase)
            if casualty.victims == .civilians || words.contains(where: { Self.unarmedVictimWords.contains($0.text) }) {
                event.actor2 = CodedActor(name: "Civilians", code: "CVL", text: phrase)
                return event
            }
        }
        return event
    }
}
