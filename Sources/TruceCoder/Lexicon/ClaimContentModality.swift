import TruceModel

/// What a plainly reported statement commits to, read from the statement itself.
///
/// "There are no Russian servicemen there" is a denial although "told" is a plain
/// reporting verb; "the government would release 2,000 prisoners" is a promise. Only the
/// statement's first clause counts (up to a comma, semicolon or subordinating word, at most
/// twelve words), so a negation deep in a subordinate clause does not turn the claim.
enum ClaimContentModality {
    static func modality(of claim: FoundClaim) -> Modality {
        guard claim.modality == .done else { return claim.modality }
        let tokens = LexTokenizer.tokens(claim.quote)
        var words = 0
        for index in tokens.indices {
            let token = tokens[index]
            if token.kind == .punct {
                if [",", ";", ":", "-", "\"", "(", ")"].contains(token.text) { break }
                continue
            }
            if token.kind == .word, clauseEnds.contains(token.text) { break }
            words += 1
            if words > 12 { break }
            if ModalityDetector.isNegation(tokens, index) || token.text == "nothing" { return .negated }
            if futures.contains(token.text) || token.text.hasSuffix("'ll") { return .promised }
            // In reported speech "would" is the future seen from the past; inside quotation marks it is a condition.
            if token.text == "would", !claim.isQuotation { return .promised }
        }
        return .done
    }

    private static let futures: Set<String> = ["will", "shall"]
    private static let clauseEnds: Set<String> = [
        "and", "but", "if", "unless", "when", "because", "after", "before", "while", "who", "which", "that", "until", "since",
        "as", "although", "though",
    ]
}
