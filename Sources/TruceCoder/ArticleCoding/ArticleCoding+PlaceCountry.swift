/// A country named as the place of what a sentence tells: "Israeli jets struck targets in southern Lebanon",
/// "fighting spread across Syria". In a story whose region lies in another country (a Gaza story's strike in
/// Lebanon), the sentence's own country wins: the event is in that country, its region not the story's.
extension ArticleCoding {
    /// The first country the sentence names after a preposition of place ("in", "inside", "across", "throughout"),
    /// a word of direction allowed between ("in southern Lebanon"); nil when it names none so.
    /// "Israeli", "U.S. forces" and "attacked Israel" name no place of the act: an adjective, a doer, an object.
    static func countryOfTheAct(_ places: [PlaceMention], in sentence: String) -> String? {
        let bytes = Array(sentence.utf8)
        for place in places where place.kind == .country {
            let start = place.range.lowerBound
            let before = String(decoding: bytes[max(0, start - 40)..<start], as: UTF8.self).lowercased()
            var words = before.split(whereSeparator: { !$0.isLetter }).map(String.init)
            // The words must run straight into the name: "in Lebanon", not "in 2006, Lebanon".
            guard let last = before.last, last == " " else { continue }
            if let direction = words.last, directionWords.contains(direction) { words.removeLast() }
            if let preposition = words.last, placePrepositions.contains(preposition) { return place.country }
        }
        return nil
    }

    static let placePrepositions: Set<String> = ["in", "inside", "across", "throughout"]
    static let directionWords: Set<String> = [
        "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern", "northwestern",
        "southeastern", "southwestern", "northeast", "northwest", "southeast", "southwest",
    ]
}
