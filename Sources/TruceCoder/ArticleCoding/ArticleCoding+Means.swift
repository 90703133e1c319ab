import TruceModel

/// An act of violence told by a general verb ("attacks that have killed", "took the lives of") is the kind of act its
/// sentence's means make it: with rockets or shells it is shelling, with bombs a bombing, from the air a strike. And an
/// act against people who are not fighting is violence against civilians, not a battle, which is fought between armed
/// sides.
extension ArticleCoding {
    /// Words that name a means of force before a noun of act ("rocket attacks", "mortar fire", "drone strikes").
    private static let meansModifiers: [String: String] = [
        "rocket": EventKinds.shelling, "rockets": EventKinds.shelling, "mortar": EventKinds.shelling, "mortars": EventKinds.shelling,
        "artillery": EventKinds.shelling, "missile": EventKinds.shelling, "missiles": EventKinds.shelling, "drone": EventKinds.airStrike,
        "aerial": EventKinds.airStrike, "bomb": EventKinds.bombing, "suicide": EventKinds.bombing,
    ]
    /// Nouns of act a means can stand before.
    private static let meansActNouns: Set<String> = ["attack", "attacks", "strike", "strikes", "fire", "barrage", "barrages", "assault"]
    /// Nouns of act that are a means in themselves ("shelling took the lives of five").
    private static let meansNouns: [String: String] = [
        "shelling": EventKinds.shelling, "shellings": EventKinds.shelling, "bombardment": EventKinds.shelling,
        "bombardments": EventKinds.shelling, "airstrike": EventKinds.airStrike, "airstrikes": EventKinds.airStrike,
        "bombing": EventKinds.bombing, "bombings": EventKinds.bombing,
    ]

    /// The CAMEO code of fighting in general (190) made specific by the one act by a means of force its sentence
    /// names as a noun ("rocket attacks from Hamas that have killed" is shelling, 194; "shelling took the lives of" too);
    /// the code as it is when the sentence names none, or acts by several means (which act used which is not told),
    /// or when the code is already specific. A means named elsewhere ("an air weapons team returned fire") tells
    /// who acted, not how the act was done.
    static func codedByMeans(_ code: String, words: [CasualtyWords.Word]) -> String {
        guard code == EventKinds.fighting else { return code }
        var named: Set<String> = []
        for (index, word) in words.enumerated() {
            if let means = meansNouns[word.text] {
                named.insert(means)
            } else if let means = meansModifiers[word.text], index + 1 < words.count, !words[index + 1].punctuatedBefore,
                meansActNouns.contains(words[index + 1].text)
            {
                named.insert(means)
            }
        }
        return named.count == 1 ? named.first ?? code : code
    }

    /// A battle whose target the dictionaries know as unarmed people (CAMEO "CVL": "civilians", "villagers") is violence
    /// against civilians.
    static func againstCivilians(_ event: CodedEvent) -> CodedEvent {
        guard event.acledEventType == "Battles", event.actor2?.code?.hasSuffix("CVL") == true,
            let acled = EventKinds.acled(for: event.code, civilians: true)
        else { return event }
        var event = event
        event.acledEventType = acled.eventType
        event.acledSubEventType = acled.subEventType
        return event
    }
}
