import TruceModel

/// Dates of history: the year a text gave a day, and where the running date of history told before ends.
extension ArticleCoding {
    /// Remembers the year the sentence gives each day it names ("October 7, 2023"; "one year since the October 7th
    /// attacks"), for the sentences after it that name the day without one ("since the October 7 attack"): a writer
    /// gives the year once. A day given two years takes none.
    /// A day a count is laid off from ("six weeks after the March 2 deal") has the year the count gave it.
    mutating func noteGivenYears(_ mentions: [DateMention]) {
        let days = mentions.compactMap { mention in
            mention.anchorDay ?? (mention.yearGiven && mention.date.precision == .day && mention.date.isSingleDay ? mention.date.earliest : nil)
        }
        for day in days {
            let key = DateScanner.key(month: day.month, day: day.day)
            guard !daysOfSeveralYears.contains(key) else { continue }
            if let known = givenYears[key], known != day.year {
                daysOfSeveralYears.insert(key)
                givenYears[key] = nil
            } else {
                givenYears[key] = day.year
            }
        }
    }

    /// At a paragraph's first sentence, the running date ends when it is history (more than `Recency.days` before
    /// publication) and the sentence does not refer back to it: a date of history told in the lead or in a paragraph of
    /// background ("Hamas attacked Israel on October 7, killing 1,200 people.") dates the acts that go on with it, in its
    /// paragraph or in one that opens with a pronoun or a word of sequence ("He played a key role in the bombing of the
    /// embassies"), not an act the next paragraph tells without a date ("Israeli forces struck a school in Gaza."),
    /// which is dated by publication. A running date of the report's own days carries on across paragraphs.
    ///
    /// The history also goes on in a paragraph that opens by naming whom or what it was about ("Karzai signed the accord
    /// in 2004. …" then "Karzai later named …"), or that tells in the past perfect what had been done before
    /// ("The militia had shelled the town for weeks"): the past perfect places an act before a past time already told.
    mutating func endHistoryAtParagraph(words: [CasualtyWords.Word], published: Day?) {
        guard let running = runningDate, let published, Recency.isHistory(running.latest, published: published) else {
            historyNames = []
            return
        }
        if let first = words.first, Self.backReferences.contains(first.text) { return }
        if !historyNames.isDisjoint(with: Self.openingName(words)) || Self.opensInPastPerfect(words) { return }
        runningDate = nil
        historyNames = []
    }

    /// After a sentence: while the story's running date is history, the name the sentence opens with is one the history
    /// is about.
    mutating func noteHistoryName(words: [CasualtyWords.Word], published: Day?) {
        guard let running = runningDate, let published, Recency.isHistory(running.latest, published: published) else {
            historyNames = []
            return
        }
        historyNames.formUnion(Self.openingName(words))
    }

    /// The name a sentence opens with, as its words (lower case, without a possessive "'s"): "Mullah Omar's government
    /// fell" → mullah, omar; "The Taliban seized" → taliban. Empty when the sentence opens with another word ("In 2004,
    /// Karzai signed", "Afterwards").
    static func openingName(_ words: [CasualtyWords.Word]) -> Set<String> {
        var index = 0
        if index < words.count, words[index].text == "the" { index += 1 }
        var name: Set<String> = []
        while index < words.count, words[index].capitalised, index == 0 || !words[index].punctuatedBefore {
            var word = words[index].text
            if word.hasSuffix("'s") { word.removeLast(2) }
            if index == 0, notNames.contains(word) { return [] }
            if DateWords.months[word] != nil || DateWords.weekdays[word] != nil { return [] }
            name.insert(word)
            if words[index].text.hasSuffix("'s") { break }
            index += 1
        }
        return name
    }

    /// Capitalised words that open a sentence without naming anyone: prepositions, determiners, pronouns, conjunctions
    /// and adverbs.
    static let notNames: Set<String> = [
        "a", "an", "in", "on", "at", "after", "before", "but", "and", "or", "so", "this", "that", "these", "those", "when", "while",
        "as", "for", "since", "during", "last", "earlier", "later", "then", "he", "she", "it", "they", "we", "i", "you", "his", "her",
        "their", "its", "our", "there", "here", "according", "meanwhile", "however", "also", "some", "many", "most", "all", "both",
        "one", "two", "three", "several", "by", "from", "with", "without", "under", "over", "despite", "although", "though", "if",
        "until", "once", "now", "today", "yesterday", "still", "yet", "instead", "what", "who", "why", "how", "where", "such", "no",
        "not", "each", "every", "another", "other", "more", "few", "about", "around", "nearly", "almost", "only", "even", "just",
    ]

    /// Whether the sentence's first clause is in the past perfect: "had" then, past an adverb, a past participle, within
    /// its first words ("The militia had shelled", "Omar had long sheltered"). "Had the deal held" (a supposition) opens
    /// with it and is not, nor is a "had" after another verb: "Police said the militia had shelled" reports news.
    static func opensInPastPerfect(_ words: [CasualtyWords.Word]) -> Bool {
        var index = 1
        while index < min(words.count, 8), !words[index].punctuatedBefore {
            let word = words[index].text
            if word != "had", Tense.pastMarkers.contains(word) || reportingVerbs.contains(word) || word.hasSuffix("ed") { return false }
            if word == "had" {
                var next = index + 1
                while next < words.count, perfectAdverbs.contains(words[next].text) { next += 1 }
                guard next < words.count, !words[next].punctuatedBefore else { return false }
                let participle = words[next].text
                return irregularParticiples.contains(participle)
                    || (participle.count > 4 && (participle.hasSuffix("ed") || participle.hasSuffix("en")))
            }
            index += 1
        }
        return false
    }

    /// Adverbs between "had" and its participle.
    static let perfectAdverbs: Set<String> = [
        "already", "also", "long", "previously", "earlier", "once", "not", "never", "then", "first", "just", "repeatedly", "twice",
    ]

    /// Past participles that end neither in "-ed" nor in "-en".
    static let irregularParticiples: Set<String> = [
        "been", "fought", "held", "made", "built", "won", "lost", "left", "met", "sent", "struck", "brought", "begun", "led", "kept",
        "fled", "hit", "shot", "run", "come", "gone", "done", "said", "told", "sought", "taught", "thought", "put", "set", "spent",
        "withdrawn", "overrun", "laid", "paid", "found", "seen", "become",
    ]

    /// Words that open a sentence going on with the story told before: third-person pronouns and words of sequence.
    static let backReferences: Set<String> = [
        "he", "she", "it", "they", "his", "her", "its", "their", "then", "later", "afterwards", "there",
    ]
}
