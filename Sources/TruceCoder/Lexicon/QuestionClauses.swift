import TruceModel

/// Where a sentence asks rather than tells: a question is not a report of an act, so what it
/// names ("How many civilians are dead?") is no event and what it modals ("Will the US withdraw?")
/// is no commitment.
///
/// The rules, for English news text:
/// - A clause that ends in "?" is a question. It starts at the nearest clause opening before the
///   mark (the sentence's start, an opening quote, a comma, semicolon, colon, bracket or dash)
///   whose first word, after "and", "but", "or", "so" or "well", asks: an interrogative ("how",
///   "what", "who", …) or an auxiliary ("did", "will", "is", …). "Israel struck, but who will pay?"
///   asks only "who will pay"; "They attacked, didn't they?" asks only the tag. A bare interrogative
///   after a comma opens a relative clause ("How many died in the attack, which the Taliban
///   claimed?" asks from "How"). Without such an opening, the question runs from the opening quote
///   before the mark, else from the sentence's start.
/// - A line with no closing mark (a headline) is a question when it opens with an auxiliary
///   ("Will the truce hold") or with an interrogative that an auxiliary follows within three
///   words ("How many civilians are dead", "Why did the talks fail"); "Why Israel struck Gaza"
///   is a headline that tells.
enum QuestionClauses {
    /// Words that open a question.
    static let interrogatives: Set<String> = ["how", "what", "who", "whom", "whose", "which", "why", "when", "where"]
    /// Auxiliaries and modals, which open a question by inversion ("Did they …", "Will it …").
    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "am", "do", "does", "did", "will", "would", "can", "could", "should", "shall", "has", "have",
        "had", "may", "might", "must", "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't",
        "can't", "couldn't", "shouldn't", "hasn't", "haven't", "hadn't",
    ]
    /// Words that may come before the interrogative without changing the clause ("But why …", "Well, who …").
    static let leadingWords: Set<String> = ["and", "but", "or", "so", "well", "then", "yet"]
    /// Marks after which a clause opens.
    static let openings: Set<String> = [",", ";", ":", "(", "-", "\"", "'"]

    /// The UTF-8 byte ranges of `sentence` that ask; empty when it only tells.
    static func ranges(in sentence: String) -> [Range<Int>] {
        guard mayAsk(sentence) else { return [] }
        return ranges(in: LexTokenizer.tokens(sentence))
    }

    /// `sentence` with every byte of its questions made a space, so the coder reads only what it
    /// tells; offsets into it are offsets into `sentence`.
    ///
    /// With `published`, the dates a question names stay: a question reports no act, but it still
    /// says when the story is ("What happened on 3 March? Fighters attacked …").
    static func blanked(_ sentence: String, keepingDates published: Day? = nil) -> String {
        guard mayAsk(sentence) else { return sentence }
        let tokens = LexTokenizer.tokens(sentence)
        let asked = ranges(in: tokens)
        guard !asked.isEmpty else { return sentence }
        let kept = published.map { DateFinder.mentions(in: tokens, published: $0, anchor: nil).map(\.range) } ?? []
        var bytes = Array(sentence.utf8)
        for range in asked {
            for index in range where index < bytes.count && !kept.contains(where: { $0.contains(index) }) { bytes[index] = 0x20 }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The byte ranges of the questions among `tokens`.
    static func ranges(in tokens: [LexToken]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        // Where the next question may start: after the last one.
        var floor = 0
        for (index, token) in tokens.enumerated() where token.isPunct("?") {
            if index > floor, let start = questionStart(tokens, floor: floor, mark: index) {
                result.append(tokens[start].start..<token.end)
            }
            floor = index + 1
        }
        if result.isEmpty, let last = tokens.last, !isClosingMark(tokens, from: tokens.count - 1), isHeadlineQuestion(tokens) {
            result.append(tokens[0].start..<last.end)
        }
        return result
    }

    /// Cheap test before tokenizing: a "?" somewhere, or no closing full stop or "!".
    private static func mayAsk(_ sentence: String) -> Bool {
        var last: UInt8 = 0
        for byte in sentence.utf8 {
            if byte == 0x3F { return true }
            if byte > 0x20 { last = byte }
        }
        return last != 0x2E && last != 0x21 && last != 0
    }

    /// The first token of the question that the "?" at `mark` closes.
    private static func questionStart(_ tokens: [LexToken], floor: Int, mark: Int) -> Int? {
        var quote: Int?
        var index = mark - 1
        while index >= floor {
            let opening = index == floor ? nil : tokens[index - 1]
            if opening == nil || opening.map({ $0.kind == .punct && openings.contains($0.text) }) == true {
                if asks(tokens, from: index, before: mark, afterComma: opening?.isPunct(",") == true) {
                    return firstWord(tokens, from: index, before: mark)
                }
                // An opening quote: white space (or the start) before it, a word right after.
                if quote == nil, let opening, opening.isPunct("\""), opening.spaceBefore || index - 1 == floor, !tokens[index].spaceBefore {
                    quote = index
                }
            }
            index -= 1
        }
        return quote ?? firstWord(tokens, from: floor, before: mark)
    }

    /// Whether the clause starting at `index` opens with an interrogative or an auxiliary. After a comma
    /// a bare interrogative opens a relative clause ("the attack, which the Taliban claimed"), not a
    /// question: there it asks only after a conjunction ("but who will pay"), or as an auxiliary ("didn't they").
    private static func asks(_ tokens: [LexToken], from index: Int, before end: Int, afterComma: Bool) -> Bool {
        guard let first = firstWord(tokens, from: index, before: end) else { return false }
        let word = tokens[first].text
        if auxiliaries.contains(word) { return true }
        guard interrogatives.contains(word) else { return false }
        return !afterComma || first > index && tokens[first - 1].kind == .word
    }

    /// The first word of the clause at `index`, past leading conjunctions and marks.
    private static func firstWord(_ tokens: [LexToken], from index: Int, before end: Int) -> Int? {
        var at = index
        while at < end, tokens[at].kind == .punct || leadingWords.contains(tokens[at].text) { at += 1 }
        return at < end ? at : nil
    }

    /// Whether the token at `index` and the marks after it end a sentence that tells: ".", "!" or "…",
    /// closing quotes and brackets aside.
    private static func isClosingMark(_ tokens: [LexToken], from index: Int) -> Bool {
        var at = index
        while at >= 0, tokens[at].kind == .punct {
            if [".", "!", "…"].contains(tokens[at].text) { return true }
            guard ["\"", "'", ")"].contains(tokens[at].text) else { return false }
            at -= 1
        }
        return false
    }

    /// A line without a closing mark that asks by its word order.
    private static func isHeadlineQuestion(_ tokens: [LexToken]) -> Bool {
        guard let first = firstWord(tokens, from: 0, before: tokens.count) else { return false }
        let word = tokens[first].text
        // An auxiliary opens a question before its subject's word; "May 3 attacks …" names a month.
        if auxiliaries.contains(word) {
            return first + 1 < tokens.count && tokens[first + 1].kind == .word
        }
        guard interrogatives.contains(word) else { return false }
        return tokens[(first + 1)..<min(tokens.count, first + 4)].contains { $0.kind == .word && auxiliaries.contains($0.text) }
    }
}
