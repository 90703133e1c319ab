import TruceModel

/// A possessive before a noun of act names the act's doer: "Russia's missile strike", "the Taliban's attack". When the
/// act is told as an object ("condemned Russia's missile strike …, which killed 33") its verb has no subject of its own,
/// and the possessive is who did it.
extension ArticleCoding {
    /// The first actor written as a possessive ("Russia's", "the rebels'") whose noun, at most two words on, is a noun
    /// of act ("strike", "missile strike", "latest air strikes").
    static func possessiveDoer(_ actors: [ActorMention], in sentence: String) -> ActorMention? {
        let bytes = Array(sentence.utf8)
        return actors.first { actor in
            guard let afterMark = possessiveMarkEnd(bytes, at: actor.range.upperBound) else { return false }
            var start = afterMark
            for _ in 0..<3 {
                while start < bytes.count, bytes[start] == 0x20 { start += 1 }
                var end = start
                while end < bytes.count, Bytes.isLetter(bytes[end]) || bytes[end] == 0x2D { end += 1 }
                guard end > start else { return false }
                if isActNoun(String(decoding: bytes[start..<end].map(Bytes.lower), as: UTF8.self)) { return true }
                start = end
            }
            return false
        }
    }

    /// Where the possessive mark that starts at `index` ends: "'s", "’s", or a plural's lone apostrophe ("rebels'").
    private static func possessiveMarkEnd(_ bytes: [UInt8], at index: Int) -> Int? {
        var cursor = index
        if cursor < bytes.count, bytes[cursor] == 0x27 {
            cursor += 1
        } else if cursor + 2 < bytes.count, bytes[cursor] == 0xE2, bytes[cursor + 1] == 0x80, bytes[cursor + 2] == 0x99 {
            cursor += 3
        } else {
            return nil
        }
        if cursor < bytes.count, bytes[cursor] == 0x73 || bytes[cursor] == 0x53 { cursor += 1 }
        guard cursor >= bytes.count || !Bytes.isLetter(bytes[cursor]) else { return nil }
        return cursor
    }
}
