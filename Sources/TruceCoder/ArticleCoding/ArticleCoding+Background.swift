import TruceModel

/// Background is not news: history told as context and totals over years are not new events.
extension ArticleCoding {
    /// The events of a sentence that are news. Left out: events whose date ends more than `Recency.days`
    /// before publication ("the bombing of the USS Cole in 2000"; a call to attack made in 2011 is history
    /// too), and the acts (`done`) of a sentence that tells a stretch of years ("2,400 US troops killed in
    /// 19 years", "for decades he planned attacks"), whose killings become a `killed_total` figure of kind
    /// `past` instead, as do killings of tens of thousands. A sentence that names a day ("on Monday, after two decades of war") reports that
    /// day's acts.
    mutating func news(_ events: [CodedEvent], sentence: Sentence, words: [String], namesADay: Bool, published: Day?) -> [CodedEvent] {
        guard !events.isEmpty else { return events }
        // "Today marks one year since …": the day named is the remembering's, not the act's. A bare "anniversary"
        // beside a day may be the occasion of a new act ("opened fire on a crowd marking the anniversary … on Friday").
        let remembers = Self.countsTimeSince(words) || (!namesADay && words.contains { $0 == "anniversary" || $0 == "anniversaries" })
        let totals =
            (!namesADay && (Self.spansYears(words) || Self.spansMonths(words) || Self.tellsSince(words) || Self.tellsRunningTotal(words)))
            || remembers
        var kept: [CodedEvent] = []
        var totalKilled: (value: Int, actor: CodedActor?)?
        for event in events {
            if let published, let date = event.date, Recency.isHistory(date.latest, published: published) { continue }
            if totals || Self.isWarsToll(event), event.modality == .done {
                if let killed = event.fatalities.low ?? event.fatalities.best, killed > (totalKilled?.value ?? 0) {
                    totalKilled = (killed, event.actor1)
                }
                continue
            }
            kept.append(event)
        }
        if let totalKilled {
            // The figure is the number as written ("more than six million": 6,000,000), not the least count it allows.
            let written = NumberFinder.numbers(in: sentence.text).first { $0.low == totalKilled.value }?.written
            result.figures.append(
                CodedFigure(
                    indicator: "killed_total", value: written ?? Double(totalKilled.value), kind: .past, actor: totalKilled.actor,
                    span: offsets.span(sentence.range)))
        }
        return kept
    }

    /// Whether a killing counts tens of thousands of dead or more ("the war killed hundreds of thousands of people"):
    /// no single act reported as news kills so many; such a count adds up a war, a famine or years of repression.
    static func isWarsToll(_ event: CodedEvent) -> Bool {
        (event.fatalities.low ?? event.fatalities.best ?? 0) >= 10_000
    }

    /// Whether the sentence tells a stretch of years: "in 19 years", "over our 20 years at war",
    /// "for decades", "over the years" — not "two years ago" or "in the coming years".
    static func spansYears(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() where yearUnits.contains(word) {
            if index + 1 < words.count, ["ago", "old", "later", "earlier"].contains(words[index + 1]) { continue }
            let before = words[max(0, index - 4)..<index]
            if before.contains(where: { ["next", "coming", "future", "upcoming"].contains($0) }) { continue }
            if before.contains(where: stretchWords.contains) { return true }
        }
        return false
    }

    /// Whether the sentence tells a stretch of months as a whole: "during the 14 months of fighting", "in eleven months
    /// of war", "over the past six months". Not "for two months" (how long one act lasted: "held the town for two
    /// months"), a single month ("in the past month": the month's acts may be this week's), "months ago" or "in the
    /// coming months".
    static func spansMonths(_ words: [String]) -> Bool {
        for (index, word) in words.enumerated() where word == "months" && index > 0 && isCount(words[index - 1]) {
            if index + 1 < words.count, ["ago", "old", "later", "earlier"].contains(words[index + 1]) { continue }
            let before = words[max(0, index - 4)..<(index - 1)]
            if before.contains(where: { ["next", "coming", "future", "upcoming", "for"].contains($0) }) { continue }
            if before.contains(where: { ["during", "over", "throughout", "across", "in"].contains($0) }) { return true }
        }
        return false
    }

    /// Whether the sentence counts the time since an act: "one year since more than 250 innocents were taken
    /// hostage", "today marks one year of mourning for the people massacred", "we mark 100 days of captivity". Its
    /// acts are as old as the count: remembered, not new.
    static func countsTimeSince(_ words: [String]) -> Bool {
        let marks = words.contains { ["mark", "marks", "marked", "marking"].contains($0) }
        for index in words.indices.dropFirst().dropLast() where timeUnits.contains(words[index]) {
            guard isCount(words[index - 1]) else { continue }
            let next = words[index + 1]
            if next == "since" || (marks && (next == "of" || next == "after")) { return true }
        }
        return false
    }

    /// Whether the sentence opens with "since" and a year or a clause ("Since 2014, the group carries out
    /// attacks", "Since the war began, thousands have fled"): it tells what has gone on for a while, in the present
    /// or the perfect, not an act of the day. (A day after "since" is caught before: "since Monday" names a day.)
    static func tellsSince(_ words: [String]) -> Bool { words.first == "since" }

    /// Whether the sentence adds up a running total of casualties (`RunningTotal`: "the war has killed more than 4,000
    /// people to date"): its killing is the total `FigureFinder` gives as `killed_total`, not an act of the day.
    static func tellsRunningTotal(_ words: [String]) -> Bool {
        RunningTotal.isMarked(words) && words.indices.contains { totalVerbs.contains(words[$0]) && RunningTotal.isPerfect(words, verb: $0) }
    }

    private static let totalVerbs: Set<String> = ["killed", "wounded", "injured", "detained", "captured", "arrested"]

    /// A number written in figures or in words, as counts of time are.
    static func isCount(_ word: String) -> Bool {
        if let first = word.utf8.first, first >= 0x30, first <= 0x39 { return true }
        return countWords.contains(word)
    }

    private static let countWords: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "eighteen", "hundred", "a",
    ]
    private static let timeUnits: Set<String> = ["day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades"]
    private static let yearUnits: Set<String> = ["years", "decades", "decade", "centuries", "generations"]
    private static let stretchWords: Set<String> = ["for", "over", "in", "during", "across", "throughout"]
}
