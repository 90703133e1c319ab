public import TruceModel

/// Whether a verb in a sentence reports an act, or something short of one.
///
/// It reads the words before the verb, back to the start of its clause (a
/// comma, semicolon, colon, quotation mark or bracket, a reporting verb such as
/// "said", or "who"/"which"/"but"), at most twelve words; a comma between bare
/// verbs of one list ("pledged to release prisoners, reduce violence and open
/// talks") does not end the clause:
/// - a denial ("denied", "denies", "rejected claims that") makes it `denied`;
/// - else a negation ("not", "didn't", "never", "no" — but not "no fewer than 43", a count —, "without", "refrained
///   from", "refused to", "failed to", "the failure of X to") makes it `negated`, even under a wish or
///   a promise ("does not want to kill" is negated); so does a negated object right
///   after the verb ("have produced no agreement", "found nothing");
/// - else the nearest of: a commitment ("pledged", "promised", "vowed",
///   "committed to", "agreed to", "will", "shall", "are to") → `promised`; a demand
///   ("demanded", "called on", "urged", "insisted", "must", "should") →
///   `demanded`; a possibility, plan, wish, condition or threat ("would",
///   "could", "may", "if", "plans to", "intends to", "wants to", "threatened
///   to", "warned") → `hypothetical`;
/// - else `done`.
public enum ModalityDetector {
    /// - Parameter verbRange: UTF-8 byte offsets of the event's verb (or verb group) in `sentence`.
    public static func modality(of sentence: String, verbRange: Range<Int>) -> Modality {
        modality(LexTokenizer.tokens(sentence), verbRange: verbRange)
    }

    static func modality(_ tokens: [LexToken], verbRange: Range<Int>) -> Modality {
        guard let verb = tokens.firstIndex(where: { $0.end > verbRange.lowerBound }) else { return .done }
        let last = tokens[verb...].lastIndex(where: { $0.start < verbRange.upperBound }) ?? verb
        return modality(tokens, verb: verb, last: last)
    }

    /// The modality of the verb group `tokens[verb...last]`.
    static func modality(_ tokens: [LexToken], verb: Int, last: Int) -> Modality {
        var negated = false
        var nearest: Modality?
        var index = last - 1
        var steps = 0
        var crossings = 0
        while index >= 0, steps < 12 + 8 * crossings {
            let token = tokens[index]
            if index < verb, isBoundary(token) {
                // A list of verbs under one pledge: "pledged to release prisoners, reduce violence and open talks".
                guard nearest == nil, !negated, crossings < 3, token.isPunct(","), isBaseForm(tokens[verb]),
                    index + 1 < tokens.count, tokens[index + 1].kind == .word, isBaseForm(tokens[index + 1])
                else { break }
                crossings += 1
                index -= 1
                steps += 1
                continue
            }
            if token.kind == .word {
                let word = token.text
                if isDenial(tokens, index) { return .denied }
                if isNegation(tokens, index) {
                    negated = true
                } else if nearest == nil, let found = modal(tokens, index) {
                    nearest = found
                }
                if index < verb, clauseStarters.contains(word) { break }
            }
            index -= 1
            steps += 1
        }
        // A negated object right after the verb: "have produced no agreement", "found nothing".
        if !negated, last + 1 < tokens.count {
            let next = tokens[last + 1].text
            let afterNext = last + 2 < tokens.count ? tokens[last + 2].text : ""
            if ["no", "nothing", "none", "nobody", "neither"].contains(next), afterNext != "longer", afterNext != "doubt",
                !isCountQualifier(tokens, last + 1)
            {
                negated = true
            }
        }
        if negated { return .negated }
        return nearest ?? .done
    }

    /// A lower-case word that could be a bare verb ("reduce", "open"), not a past, a participle or a plural.
    private static func isBaseForm(_ token: LexToken) -> Bool {
        guard token.kind == .word, !token.isCapitalized else { return false }
        let word = token.text
        return word.count > 2 && !word.hasSuffix("ed") && !word.hasSuffix("ing") && !word.hasSuffix("s") && !word.hasSuffix("'s")
            && !["the", "and", "but", "who", "which", "that", "then", "all", "its", "their"].contains(word)
    }

    private static let reportingStops: Set<String> = [
        "said", "says", "say", "told", "tells", "according", "reported", "reports", "announced", "stated", "added",
        "tweeted", "wrote", "explained", "noted", "confirmed",
    ]

    private static let clauseStarters: Set<String> = ["who", "which", "but", "while", "whereas", "although", "though"]

    private static func isBoundary(_ token: LexToken) -> Bool {
        if token.kind == .punct {
            // A spaced dash ends a clause; a hyphen inside a word ("pro-government") does not.
            if token.text == "-" { return token.spaceBefore }
            return [",", ";", ":", "\"", "(", ")", "…"].contains(token.text)
        }
        return token.kind == .word && reportingStops.contains(token.text)
    }

    private static let denials: Set<String> = ["denied", "denies", "deny", "denying", "disowned", "disavowed", "refuted"]
    private static let denialObjects: Set<String> = [
        "claims", "claim", "reports", "report", "allegations", "allegation", "accusations", "accusation", "suggestions",
        "charges", "responsibility", "involvement",
    ]

    static func isDenial(_ tokens: [LexToken], _ index: Int) -> Bool {
        let word = tokens[index].text
        if denials.contains(word) { return true }
        // "rejected claims that", "dismissed reports of".
        if ["rejected", "rejects", "dismissed", "dismisses", "disputed", "disputes"].contains(word), index + 1 < tokens.count {
            var next = index + 1
            if ["the", "any", "all"].contains(tokens[next].text) { next += 1 }
            return next < tokens.count && denialObjects.contains(tokens[next].text)
        }
        return false
    }

    private static let negations: Set<String> = [
        "not", "never", "no", "none", "nobody", "neither", "nor", "without", "cannot", "refrained", "refrain", "refrains",
        "refused", "refuses", "refuse", "failed", "fails", "avoided", "avoids", "prevented", "prevent", "foiled", "thwarted",
        "averted", "failure",
    ]

    static func isNegation(_ tokens: [LexToken], _ index: Int) -> Bool {
        let word = tokens[index].text
        if isCountQualifier(tokens, index) { return false }
        if negations.contains(word) {
            // "no longer" negates too; "not only" does not.
            return !(word == "not" && index + 1 < tokens.count && tokens[index + 1].text == "only")
        }
        return word.hasSuffix("n't")
    }

    /// "no fewer than 43", "no less than", "no more than": a bound on a count, not a negation.
    static func isCountQualifier(_ tokens: [LexToken], _ index: Int) -> Bool {
        guard tokens[index].isWord("no"), index + 2 < tokens.count, tokens[index + 2].isWord("than") else { return false }
        return ["fewer", "less", "more"].contains(tokens[index + 1].text)
    }

    private static let promises: Set<String> = [
        "pledged", "pledge", "pledges", "pledging", "promised", "promise", "promises", "promising", "vowed", "vow", "vows",
        "vowing", "undertook", "undertakes", "undertake", "guaranteed", "guarantees", "guarantee", "will", "shall", "'ll",
        "commitment", "obliged", "obligated",
    ]
    private static let needsTo: Set<String> = ["committed", "commits", "commit", "agreed", "agrees", "agree", "agreeing"]
    private static let demands: Set<String> = [
        "demanded", "demands", "demand", "demanding", "urged", "urges", "urge", "urging", "insisted", "insists", "insist",
        "asked", "asks", "requested", "requests", "pressed", "presses", "must", "should", "ordered", "orders", "ultimatum",
    ]
    private static let callsOn: Set<String> = ["called", "calls", "call", "calling"]
    private static let hypotheticals: Set<String> = [
        "would", "could", "might", "may", "can", "if", "unless", "whether", "plans", "plan", "planned", "planning",
        "intends", "intend", "intended", "intending", "intention", "wants", "want", "wanted", "wanting", "hopes", "hope",
        "hoped", "hoping", "seeks", "seek", "sought", "seeking", "aims", "aim", "aimed", "aiming", "threatened", "threatens",
        "threaten", "threatening", "warned", "warns", "warn", "expected", "expects", "likely", "possible", "possibly",
        "considering", "considers", "consider", "proposed", "proposes", "propose", "ready", "prepared", "willing", "due",
        "scheduled", "going", "try", "tries", "trying", "wish", "wishes", "allowed", "permitted", "unlikely", "potential",
    ]

    private static func modal(_ tokens: [LexToken], _ index: Int) -> Modality? {
        let word = tokens[index].text
        let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
        if promises.contains(word) || word.hasSuffix("'ll") { return .promised }
        if needsTo.contains(word) { return next == "to" ? .promised : nil }
        // "are to pull their forces out", "is to oversee": an obligation; "was to arrive": a plan.
        if next == "to", index + 2 < tokens.count, tokens[index + 2].kind == .word {
            if ["is", "are", "'re"].contains(word) { return .promised }
            if ["was", "were"].contains(word) { return .hypothetical }
        }
        if demands.contains(word) { return .demanded }
        if callsOn.contains(word) { return next == "on" || next == "for" || next == "upon" ? .demanded : nil }
        if hypotheticals.contains(word) { return .hypothetical }
        return nil
    }
}
