/// The sides of an agreement named together: "both sides", "the two parties", "all parties", "each side". A commitment
/// owed by them is owed by every party ("both sides committed to withdraw"); the actor dictionary names no one by these
/// words, so without this the commitment would have no obligor. The mention has no actor code: it is no one actor.
enum Parties {
    /// "both sides" and "the two parties" name two; "all parties", "the parties", "each side" every party.
    static func mentions(in tokens: [LexToken]) -> [ActorMention] {
        var found: [ActorMention] = []
        for index in tokens.indices.dropFirst() where tokens[index].kind == .word && sideWords.contains(tokens[index].text) {
            let before = tokens[index - 1]
            guard before.kind == .word else { continue }
            var start = index - 1
            let name: String
            // "both countries", "the two governments": the parties, when two are named; "all countries" is anyone.
            if countryWords.contains(tokens[index].text), before.text != "both", before.text != "two" { continue }
            switch before.text {
            case "both": name = "both parties"
            case "two" where start > 0 && tokens[start - 1].isWord("the"):
                start -= 1
                name = "both parties"
            case "all", "each", "every": name = "all parties"
            case "the" where tokens[index].text == "parties": name = "all parties"
            case "warring",
                "conflicting" where start > 0 && ["the", "both", "all"].contains(tokens[start - 1].text):
                start -= 1
                name = tokens[start].text == "both" ? "both parties" : "all parties"
            default: continue
            }
            found.append(ActorMention(code: "", name: name, range: tokens[start].start..<tokens[index].end))
        }
        return found
    }

    /// `actors` with the parties added in order, unless a found actor already covers the words.
    static func merged(_ actors: [ActorMention], _ parties: [ActorMention]) -> [ActorMention] {
        let added = parties.filter { party in !actors.contains { $0.range.overlaps(party.range) } }
        guard !added.isEmpty else { return actors }
        return (actors + added).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static let sideWords: Set<String> = Set(["sides", "parties", "side", "party"]).union(countryWords)
    /// The states or their forces named together: parties only as "both …" or "the two …".
    private static let countryWords: Set<String> = ["countries", "governments", "militaries", "nations", "armies", "states"]
}
