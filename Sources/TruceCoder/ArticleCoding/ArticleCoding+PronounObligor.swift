/// A commitment whose subject is a pronoun ("It also pledged to allow …", "They will exchange prisoners …") is owed by
/// the actor the pronoun stands for: the last actor named before it in its sentence, else the subject of the sentence
/// before. A subject that is a noun no dictionary knows ("Fuel ships will be allowed …") names no obligor: the actor
/// of another sentence is not taken for it.
extension ArticleCoding {
    /// Pronouns that stand for a side; "we" and "I" stand for a speaker, whom a quotation names elsewhere.
    static let sidePronouns: Set<String> = ["it", "they", "he", "she"]
    /// Words that may stand between the subject and its modal: "It also pledged", "They will now …".
    static let wordsBeforeModal: Set<String> = ["also", "then", "now", "still", "further", "too", "in", "turn", "later"]

    /// Whether the clause of the modal at byte `modalStart` has a pronoun of `sidePronouns` for its subject, and where
    /// the pronoun starts.
    static func pronounSubject(before modalStart: Int, in sentence: String) -> Int? {
        let bytes = Array(sentence.utf8)
        var words: [(text: String, start: Int)] = []
        var index = 0
        let end = min(modalStart, bytes.count)
        while index < end {
            guard Bytes.isLetter(bytes[index]) else {
                // A comma or other mark between closes what came before: the subject is after it.
                if bytes[index] != 0x20 && bytes[index] != 0x27 { words.append(("", index)) }
                index += 1
                continue
            }
            let start = index
            while index < end, Bytes.isLetter(bytes[index]) { index += 1 }
            words.append((String(decoding: bytes[start..<index], as: UTF8.self).lowercased(), start))
        }
        var last = words.count - 1
        while last >= 0, wordsBeforeModal.contains(words[last].text) || words[last].text.hasSuffix("ly") && words[last].text.count > 3 {
            last -= 1
        }
        guard last >= 0, sidePronouns.contains(words[last].text) else { return nil }
        // The pronoun opens its clause: first in the sentence, or after a mark or "and"/"but".
        guard last == 0 || words[last - 1].text.isEmpty || ["and", "but", "while"].contains(words[last - 1].text) else { return nil }
        return words[last].start
    }

    /// The actor a side pronoun at byte `position` of `sentences[index]` stands for, with the sentence that names it.
    func pronounAntecedent(at position: Int, in sentences: [Sentence], index: Int) -> (ActorMention, Sentence)? {
        let published = sentences[index].published ?? article.publicationDate
        let own = coder.sentenceCoder.actors(in: sentences[index].text, on: published)
        if let named = own.last(where: { $0.range.upperBound <= position && !$0.code.isEmpty }) { return (named, sentences[index]) }
        guard index > 0 else { return nil }
        let before = sentences[index - 1]
        let subject = coder.sentenceCoder.actors(in: before.text, on: before.published ?? article.publicationDate).first { !$0.code.isEmpty }
        return subject.map { ($0, before) }
    }
}
