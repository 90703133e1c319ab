public import TruceModel

/// Whether a verb in a sentence reports an act, or something short of one.
///
/// It reads the words before the verb, back to the start of its clause (a
/// comma, semicolon, colon, quotation mark or bracket, a reporting verb such as
/// "said", or "who"/"which"/"but"), at most twelve words; a comma between bare
/// verbs of one list ("pledged to release prisoners, reduce violence and open
/// talks") or between names of one list ("work with Turkey, Egypt, and others to achieve") does not end the
/// clause, nor does an aside in brackets ("call on the Rapid Support Forces (RSF) to pull back") or between
/// dashes:
/// - a denial ("denied", "denies", "rejected claims that") makes it `denied`;
/// - else a negation ("not", "didn't", "never", "no" — but not "no fewer than 43", a count —, "without", "refrained
///   from", "refused to", "failed to", "the failure of X to") makes it `negated`, even under a wish or
///   a promise ("does not want to kill" is negated); so does a negated object right
///   after the verb ("have produced no agreement", "found nothing");
/// - else the nearest of: a commitment ("pledged", "promised", "vowed",
///   "committed to", "agreed to", "will", "shall", "are to") → `promised`; a demand
///   ("demanded", "called on", "urged", "insisted", "ordered", "must", "should", "ought to", "requires X to",
///   "needs to", "has to") → `demanded`; a possibility, plan, wish, condition or threat ("would",
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
        reading(tokens, verb: verb, last: last).modality
    }

    /// Whether the verb at `verbRange` is wished for, hoped for or aimed at ("we want to bring", "hopes to secure",
    /// "seeks to end"), or is the condition of an "if" clause ("if Hezbollah breaks the deal, Israel will respond"):
    /// not an act but what a speaker wants or supposes, where the act a condition foresees ("Israel will respond") and
    /// a possibility ("would") are acts to come. `hypothetical` covers them all.
    static func isWished(_ tokens: [LexToken], verbRange: Range<Int>) -> Bool {
        guard let verb = tokens.firstIndex(where: { $0.end > verbRange.lowerBound }) else { return false }
        let last = tokens[verb...].lastIndex(where: { $0.start < verbRange.upperBound }) ?? verb
        let found = reading(tokens, verb: verb, last: last)
        return found.modality == .hypothetical && found.cue.map { wishes.contains($0) || conditions.contains($0) } == true
    }

    /// Words that open a condition: the act of their clause is supposed, not done nor foreseen.
    private static let conditions: Set<String> = ["if", "unless", "whether"]

    /// The modality of the verb group `tokens[verb...last]`, and the word that gave a commitment, a demand or a
    /// possibility (nil for `done`, a negation or a denial).
    static func reading(_ tokens: [LexToken], verb: Int, last: Int) -> (modality: Modality, cue: String?) {
        var negated = false
        var nearest: Modality?
        var cue: String?
        var index = last - 1
        var steps = 0
        var crossings = 0
        var nameCommas = 0
        // An infinitive depends on a word before it, however far: "call on the belligerents responsible for the
        // suffering of millions in the western provinces to pull back" — its clause is read back further.
        let infinitive = verb > 0 && tokens[verb - 1].isWord("to")
        let reach = infinitive ? 30 : 12
        var passedInfinitive = false
        // "I faced a choice—follow through on the deal, or send more troops to fight": an option is not an act.
        if isOption(tokens, verb: verb) { return (.hypothetical, "aim") }
        while index >= 0, steps < reach + 8 * crossings + 2 * nameCommas {
            let token = tokens[index]
            // A bracketed aside names or explains; the clause goes on around it: "call on the Rapid Support Forces (RSF) to".
            if index < verb, token.isPunct(")"), let open = openingBracket(tokens, before: index) {
                index = open - 1
                continue
            }
            // So does an aside between dashes: "called on the groups fighting in the east—the ADF, the M23 rebels and the
            // militias—to lay down their weapons".
            if index < verb, isDash(token), let open = openingDash(tokens, before: index) {
                index = open - 1
                continue
            }
            // A list of names goes on across its commas: "work with Turkey, Egypt, Qatar, and others to achieve".
            if index < verb, token.isPunct(","), nearest == nil, !negated, nameCommas < 8, isCommaOfNames(tokens, index) {
                nameCommas += 1
                index -= 1
                continue
            }
            // A bare verb right after a colon, without a subject, gives aims or instructions, not acts done: "three
            // objectives: destroy the navy, destroy the missile bases" (its list reached across the commas above).
            if index < verb, token.isPunct(":"), nearest == nil, !negated, index + 1 < tokens.count, isBaseForm(tokens[index + 1]),
                isBaseForm(tokens[verb])
            {
                nearest = .demanded
                cue = ":"
                break
            }
            if index < verb, isBoundary(token) {
                // A list of verbs under one pledge: "pledged to release prisoners, reduce violence and open talks", "…,
                // and open talks".
                guard nearest == nil, !negated, crossings < 3, token.isPunct(","), isBaseForm(tokens[verb]),
                    let next = listedVerb(tokens, after: index), isBaseForm(tokens[next])
                else { break }
                crossings += 1
                index -= 1
                steps += 1
                continue
            }
            // "denied the accusation and said troops had breached it": a finite verb after "and" is a statement of its
            // own, which the denial, demand or promise before the "and" does not govern.
            if index < verb, token.isWord("and") || token.isWord("or"), nearest == nil, !negated,
                startsOwnClause(tokens, coordinator: index, verb: verb)
            {
                break
            }
            if token.kind == .word {
                let word = token.text
                if isDenial(tokens, index) { return (.denied, nil) }
                if isNegation(tokens, index) {
                    negated = true
                } else if nearest == nil, let aim = aimBefore(tokens, index, infinitive: infinitive || passedInfinitive) {
                    // "the only way out is to release", "another push with Egypt and Qatar to achieve": an aim.
                    nearest = aim
                    cue = "aim"
                } else if nearest == nil, let found = modal(tokens, index) {
                    nearest = found
                    cue = word
                }
                if index < verb, clauseStarters.contains(word) { break }
                // What an infinitive governs shares its aim: "another push to achieve a truce with the hostages released".
                if index < verb, word == "to", index + 1 < verb, isBaseForm(tokens[index + 1]) { passedInfinitive = true }
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
        if negated { return (.negated, nil) }
        return (nearest ?? .done, cue)
    }

    /// Irregular past forms of verbs that news tells acts and statements with.
    private static let irregularPasts: Set<String> = [
        "said", "told", "took", "held", "struck", "hit", "shot", "fought", "broke", "made", "left", "sent", "began", "met", "led",
        "fled", "threw", "overran", "saw", "gave", "went", "came", "kept", "spoke", "wrote", "found", "stood", "won", "lost",
    ]

    /// Whether the verb at `verb`, after the coordinator at `coordinator` with only adverbs and auxiliaries between (not
    /// "to"), is finite ("and said", "and has attacked") in a coordination of main clauses: no "that" or "to" before the
    /// coordinator in its clause puts it inside a reported clause ("denied that it attacked the camp and killed …") or an
    /// infinitive ("pledged to release prisoners and reduce violence").
    private static func startsOwnClause(_ tokens: [LexToken], coordinator: Int, verb: Int) -> Bool {
        for between in (coordinator + 1)..<verb {
            let word = tokens[between]
            guard word.kind == .word, !word.isWord("to"), word.text.hasSuffix("ly") || auxiliaryWords.contains(word.text) else { return false }
        }
        let form = tokens[verb].text
        let afterHave = verb > coordinator + 1 && ["has", "have", "had"].contains(tokens[verb - 1].text)
        let finite = irregularPasts.contains(form) || form.hasSuffix("ed") || afterHave
        guard finite else { return false }
        var index = coordinator - 1
        while index >= 0, coordinator - index <= 14 {
            let token = tokens[index]
            if token.isWord("that") || token.isWord("to") { return false }
            if token.isPunct(".") || token.isPunct(";") { break }
            index -= 1
        }
        return true
    }

    /// Auxiliaries and adverbs that can stand between a coordinator and its verb ("and has since said", "and later
    /// attacked").
    private static let auxiliaryWords: Set<String> = ["has", "have", "had", "also", "later", "then", "since", "again", "still"]

    /// Nouns that name an aim or an attempt: "the goal is to", "an effort to", "another push … to".
    private static let aimNouns: Set<String> = [
        "goal", "goals", "aim", "aims", "objective", "objectives", "purpose", "way", "option", "task", "mission", "plan", "idea",
        "priority", "effort", "efforts", "push", "bid", "attempt", "attempts", "drive",
    ]

    /// `.hypothetical` when the word at `index` makes an infinitive an aim: a noun of aim or attempt that governs it
    /// ("in an effort to retake", "another push with Turkey and Egypt to achieve"), or a copula with "to" after such a
    /// noun ("the only way out is to release": an aim, where "the troops are to withdraw" is an obligation).
    private static func aimBefore(_ tokens: [LexToken], _ index: Int, infinitive: Bool) -> Modality? {
        let word = tokens[index].text
        // "plan" before "to" is mostly the verb ("forces plan to attack"): a plan, an act foreseen, which keeps its type.
        if infinitive, aimNouns.contains(word), word != "plan" { return .hypothetical }
        guard ["is", "are", "was", "were"].contains(word), index + 1 < tokens.count, tokens[index + 1].isWord("to"), index > 0 else {
            return nil
        }
        var noun = index - 1
        // "the only way out is to": a particle after the noun.
        if noun > 0, ["out", "forward", "ahead"].contains(tokens[noun].text) { noun -= 1 }
        return aimNouns.contains(tokens[noun].text) ? .hypothetical : nil
    }

    /// Nouns that open a choice between options told as acts: "faced a choice—follow through … or send troops".
    private static let choiceNouns: Set<String> = ["choice", "choices", "option", "options", "alternative", "alternatives", "dilemma"]

    /// Whether the verb at `verb` is one of the options a noun of choice opens with a colon or a dash ("a choice—
    /// follow through on the deal … or ramp up our presence and send more troops to fight", "two options: withdraw or
    /// attack"): the verbs after the mark, up to the end of the sentence, name what could be done, with an "or"
    /// among them.
    private static func isOption(_ tokens: [LexToken], verb: Int) -> Bool {
        var index = verb - 1
        var sawOr = false
        while index >= 1, index >= verb - 60 {
            let token = tokens[index]
            if token.isPunct(".") || token.isPunct(";") { return false }
            if token.isWord("or") { sawOr = true }
            if token.isPunct(":") || isDash(token) {
                return choiceNouns.contains(tokens[index - 1].text) && (sawOr || hasOr(tokens, from: verb))
            }
            index -= 1
        }
        return false
    }

    /// Whether an "or" follows `start` in its sentence.
    private static func hasOr(_ tokens: [LexToken], from start: Int) -> Bool {
        var index = start + 1
        while index < tokens.count, !tokens[index].isPunct("."), !tokens[index].isPunct(";") {
            if tokens[index].isWord("or") { return true }
            index += 1
        }
        return false
    }

    /// Words of a wish, a hope or an aim: what a speaker wants done is no act yet.
    private static let wishes: Set<String> = [
        "wants", "want", "wanted", "wanting", "hopes", "hope", "hoped", "hoping", "wish", "wishes", "seeks", "seek", "sought",
        "seeking", "aims", "aim", "aimed", "aiming",
    ]

    /// The "(" that opens the aside closed at `close`, within eight tokens; nil when there is none.
    private static func openingBracket(_ tokens: [LexToken], before close: Int) -> Int? {
        var index = close - 1
        while index >= 0, index >= close - 8 {
            if tokens[index].isPunct("(") { return index }
            if tokens[index].isPunct(")") { return nil }
            index -= 1
        }
        return nil
    }

    /// A dash, not a hyphen: spaced, or a long dash (normalised to "-", but more than one byte in the text).
    private static func isDash(_ token: LexToken) -> Bool {
        token.isPunct("-") && (token.spaceBefore || token.end - token.start > 1)
    }

    /// The dash that opens the aside closed by the dash at `close`, within sixteen tokens and the same clause; nil
    /// when there is none (a single dash ends a clause).
    private static func openingDash(_ tokens: [LexToken], before close: Int) -> Int? {
        var index = close - 1
        while index >= 0, index >= close - 16 {
            let token = tokens[index]
            if isDash(token) { return index }
            if token.isPunct(";") || token.isPunct(":") || token.isPunct("\"") { return nil }
            index -= 1
        }
        return nil
    }

    /// Whether the comma at `index` stands between names of a list: a capitalized word before it, and a
    /// capitalized word or "and"/"or" after it ("Turkey, Egypt, and others"), and the list going on after the next
    /// name ("Chad, Niger and Mali") or, before the first name, a comma, another name, or "with", "and", "between",
    /// "including". Not a comma after an opening place ("In Kabul, Taliban
    /// fighters …").
    private static func isCommaOfNames(_ tokens: [LexToken], _ index: Int) -> Bool {
        guard index >= 2, index + 1 < tokens.count else { return false }
        let before = tokens[index - 1]
        let after = tokens[index + 1]
        guard before.kind == .word, before.isCapitalized, after.kind == .word else { return false }
        guard after.isCapitalized || after.text == "and" || after.text == "or" else { return false }
        // The name before the comma is itself in the list: the word before it is a name, a comma, "with", "and".
        // The list goes on after the next name: "urged Chad, Niger and Mali to".
        if after.isCapitalized, index + 2 < tokens.count, tokens[index + 2].isPunct(",") || ["and", "or"].contains(tokens[index + 2].text) {
            return true
        }
        let earlier = tokens[index - 2]
        if earlier.isPunct(",") { return true }
        guard earlier.kind == .word else { return false }
        if ["with", "and", "between", "including"].contains(earlier.text) { return true }
        // A capitalized word that opens the sentence is no name of a list: "In Kabul, Taliban fighters …".
        return earlier.isCapitalized && index > 2
    }

    /// The word after the comma at `comma` that could go on a list of verbs: the next word, or the one after "and" or
    /// "or" (the serial comma: "destroy the navy, and destroy the bases"); nil when there is none.
    private static func listedVerb(_ tokens: [LexToken], after comma: Int) -> Int? {
        var next = comma + 1
        if next < tokens.count, tokens[next].isWord("and") || tokens[next].isWord("or") { next += 1 }
        return next < tokens.count && tokens[next].kind == .word ? next : nil
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

    /// Words of an accusation: the act accused of ("accused the rebels of shelling", "allegedly fired") is told by one
    /// side about another, not reported as seen.
    private static let accusations: Set<String> = [
        "accused", "accuses", "accuse", "accusing", "alleged", "alleges", "allege", "alleging", "allegedly", "blamed", "blames",
        "blame", "blaming",
    ]

    /// Verbs that make "responsible" an accusation: "held the militia responsible for the attack" (not "the man
    /// responsible for the attack was detained", which names a man by his act).
    private static let holding: Set<String> = ["held", "holds", "hold", "holding"]

    /// "held the militia responsible for", "holds Hamas fully responsible for": "responsible" after a verb of holding,
    /// its object and an adverb between.
    private static func isHeldResponsible(_ tokens: [LexToken], _ index: Int) -> Bool {
        guard tokens[index].isWord("responsible") else { return false }
        var before = index - 1
        while before >= 0, index - before <= 6 {
            if holding.contains(tokens[before].text) { return true }
            if tokens[before].kind != .word { return false }
            before -= 1
        }
        return false
    }

    /// "the insurgents were behind the bombing": "behind" after a form of "be" names who did an act, as its accuser says.
    private static func isBehind(_ tokens: [LexToken], _ index: Int) -> Bool {
        guard tokens[index].isWord("behind"), index >= 1 else { return false }
        var before = index - 1
        if tokens[before].text.hasSuffix("ly"), before >= 1 { before -= 1 }
        return ["was", "were", "is", "are", "be", "been"].contains(tokens[before].text)
    }

    private static let promises: Set<String> = [
        "pledged", "pledge", "pledges", "pledging", "promised", "promise", "promises", "promising", "vowed", "vow", "vows",
        "vowing", "undertook", "undertakes", "undertake", "guaranteed", "guarantees", "guarantee", "will", "shall", "'ll",
        "commitment", "obliged", "obligated",
    ]
    private static let needsTo: Set<String> = ["committed", "commits", "commit", "agreed", "agrees", "agree", "agreeing"]
    private static let demands: Set<String> = [
        "demanded", "demands", "demand", "demanding", "urged", "urges", "urge", "urging", "insisted", "insists", "insist",
        "asked", "asks", "requested", "requests", "pressed", "presses", "must", "should", "ought", "ordered", "orders", "ultimatum",
        "require", "requires", "required", "requiring",
    ]
    /// Words of obligation only when "to" follows: "need to", "has to" (not "has withdrawn", "the needs of").
    private static let obligationsBeforeTo: Set<String> = ["need", "needs", "needed", "have", "has"]
    private static let callsOn: Set<String> = ["called", "calls", "call", "calling"]
    /// "May" written with a capital inside a sentence, or before a day's number, is the month ("on May 7", "in May"), not
    /// the modal: "The fighting began on May 7, when missiles struck" tells a strike done.
    private static func isMonth(_ tokens: [LexToken], _ index: Int) -> Bool {
        guard tokens[index].isCapitalized else { return false }
        return index > 0 && !(tokens[index - 1].kind == .punct && [".", "!", "?", "\""].contains(tokens[index - 1].text))
            || index + 1 < tokens.count && tokens[index + 1].kind == .digits
    }

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
        if word == "may", isMonth(tokens, index) { return nil }
        if accusations.contains(word) || isHeldResponsible(tokens, index) || isBehind(tokens, index) { return .alleged }
        let next = index + 1 < tokens.count ? tokens[index + 1].text : ""
        if promises.contains(word) || word.hasSuffix("'ll") { return .promised }
        if needsTo.contains(word) { return next == "to" ? .promised : nil }
        // "are to pull their forces out", "is to oversee": an obligation; "was to arrive": a plan.
        if next == "to", index + 2 < tokens.count, tokens[index + 2].kind == .word {
            if ["is", "are", "'re"].contains(word) { return .promised }
            if ["was", "were"].contains(word) { return .hypothetical }
        }
        if demands.contains(word) { return .demanded }
        // An obligation is not an act done: "needs to withdraw", "has to release", "requires Hamas to engage".
        if obligationsBeforeTo.contains(word) { return next == "to" ? .demanded : nil }
        if callsOn.contains(word) { return next == "on" || next == "for" || next == "upon" ? .demanded : nil }
        if hypotheticals.contains(word) { return .hypothetical }
        return nil
    }
}
