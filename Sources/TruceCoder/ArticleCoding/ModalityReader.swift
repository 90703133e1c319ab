/// Whether a sentence reports its verb as done, or as promised, demanded,
/// denied, hypothetical or negated, from the words before the verb.
enum ModalityReader {
    static func modality(of sentence: String, verbRange: Range<Int>) -> Modality {
        let words = CasualtyWords.words(sentence)
        guard let verbIndex = words.firstIndex(where: { $0.range.upperBound > verbRange.lowerBound }) else { return .done }
        var index = verbIndex - 1
        var steps = 0
        while index >= 0, steps < 8 {
            let word = words[index].text
            let next = index + 1 < words.count ? words[index + 1].text : ""
            switch word {
            case "not", "never", "n't", "didn't", "don't", "doesn't", "won't", "wouldn't", "cannot", "neither", "nor":
                return .negated
            case "pledged", "pledge", "pledges", "promised", "promise", "promises", "vowed", "vow", "vows", "committed", "agreed",
                "agree", "agrees", "undertook", "undertake", "guaranteed", "guarantee":
                return .promised
            case "will", "shall":
                return .promised
            case "demanded", "demand", "demands", "urged", "urge", "urges", "called", "calls", "insisted", "ordered", "asked":
                return .demanded
            case "denied", "denies", "deny", "rejected":
                return .denied
            case "would", "could", "might", "may", "if", "unless", "plans", "planned", "planning", "intends", "intended", "threatened",
                "threatens", "wants", "want", "wanted", "hopes", "hoped", "seeks", "sought", "aims", "tried", "attempted", "should":
                return .hypothetical
            case "no" where next != "one":
                return .negated
            default: break
            }
            if words[index + 1 < words.count ? index + 1 : index].punctuatedBefore && index + 1 <= verbIndex && steps > 0 { break }
            index -= 1
            steps += 1
        }
        return .done
    }
}
