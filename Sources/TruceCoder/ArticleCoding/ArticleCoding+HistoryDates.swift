import TruceModel

/// Dates of history: the year a text gave a day, and where the running date of history told before ends.
extension ArticleCoding {
    /// Remembers the year the sentence gives each day it names ("October 7, 2023"; "one year since the October 7th
    /// attacks"), for the sentences after it that name the day without one ("since the October 7 attack"): a writer
    /// gives the year once. A day given two years takes none.
    mutating func noteGivenYears(_ mentions: [DateMention]) {
        for mention in mentions where mention.yearGiven && mention.date.precision == .day && mention.date.isSingleDay {
            let day = mention.date.earliest
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
    mutating func endHistoryAtParagraph(words: [CasualtyWords.Word], published: Day?) {
        guard let running = runningDate, let published, Recency.isHistory(running.latest, published: published) else { return }
        if let first = words.first, Self.backReferences.contains(first.text) { return }
        runningDate = nil
    }

    /// Words that open a sentence going on with the story told before: third-person pronouns and words of sequence.
    static let backReferences: Set<String> = [
        "he", "she", "it", "they", "his", "her", "its", "their", "then", "later", "afterwards", "there",
    ]
}
