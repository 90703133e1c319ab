/// English number words and the vague quantities news reports use.
enum NumberWords {
    /// "zero" … "nineteen", and the tens.
    static let simple: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Words that multiply what comes before them.
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "dozen": 12,
    ]

    /// Ordinal words, for "the first 135 days", "the second week of May".
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10,
    ]

    /// Vague quantities and the number they stand for.
    ///
    /// Plural round numbers follow ACLED's documented convention for fatality
    /// counts: "tens" 10, "dozens" 12, "hundreds" 100, "and so on" (thousands
    /// 1,000; "scores", twenties, 20). For words that name no round number
    /// ("several", "a few", "many") ACLED's exact rule could not be retrieved;
    /// Truce takes the smallest count the word supports, in line with ACLED's
    /// "most conservative estimate" principle. See docs/coder/lexicon.md.
    static let vaguePlurals: [String: Double] = [
        "tens": 10, "dozens": 12, "scores": 20, "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
    ]

    /// Single vague words: an unspecified plural counts as 3; "many" and "numerous" say more than "several", so 4.
    static let vagueWords: [String: Double] = [
        "several": 3, "many": 4, "numerous": 4, "multiple": 3,
    ]

    /// Vague phrases introduced by "a": "a few", "a handful", "a number of" count as 3, "a couple" as 2.
    static let vagueAfterA: [String: Double] = [
        "few": 3, "couple": 2, "handful": 3, "number": 3,
    ]

    static func isNumberWord(_ word: String) -> Bool {
        simple[word] != nil || scales[word] != nil
    }
}
