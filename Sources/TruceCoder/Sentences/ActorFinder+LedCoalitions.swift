/// "The Saudi-led coalition", "Kenyan-led forces": a force named by the country that leads it is that country's
/// military, as ACLED codes a coalition by its lead state. ("Iran-backed militias" are not Iran's: only "-led" counts.)
extension ActorFinder {
    /// Nouns of a force that a country may lead.
    static let ledForces: Set<String> = ["COALITION", "FORCES", "FORCE", "TROOPS", "MISSION", "OPERATION", "ALLIANCE"]

    /// The country-led force at `index`: its end, code and name.
    func ledForce(_ tokens: [WordToken], at index: Int) -> (end: Int, code: String, name: String)? {
        let token = tokens[index]
        guard token.kind == .word, token.text.utf8.last == UInt8(ascii: "D"), token.text.hasSuffix("-LED"), token.text.count > 4,
            index + 1 < tokens.count,
            Self.ledForces.contains(tokens[index + 1].text)
        else { return nil }
        let leaderTokens = dictionaries.classifiedTokens(String(token.text.dropLast(4)))
        guard !leaderTokens.isEmpty,
            let leader = ActorFinder(dictionaries: dictionaries, date: date, tokenCount: leaderTokens.count).actorMatch(leaderTokens, at: 0),
            leader.length == leaderTokens.count, leader.code.utf8.count == 3
        else { return nil }
        return (index + 2, leader.code + "MIL", leader.name + "-led " + tokens[index + 1].text.lowercased())
    }
}
