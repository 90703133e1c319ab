import TruceModel

/// Which of a sentence's dates can date its events, and which one an event takes.
extension ArticleCoding {
    /// Date mentions that can date an event. Those of a report about it ("yesterday confirmed") never do.
    /// Those that belong to a noun or to the report ("responsible for Tuesday's attack", "the July 2 bombing",
    /// "an attack Jan. 7", "confirmed today") date an event only when the sentence has no plain adverbial date:
    /// "detained a leader responsible for Tuesday's attack … today" happened today.
    static func eventDates(_ mentions: [DateMention], in sentence: String) -> [DateMention] {
        guard !mentions.isEmpty else { return mentions }
        let words = CasualtyWords.words(sentence)
        let bytes = Array(sentence.utf8)
        let sinceClauseEnd = openingSinceClauseEnd(words)
        var plain: [DateMention] = []
        var secondary: [DateMention] = []
        // Mentions come in text order, so one pass over the words finds each one's first and next word.
        var first = 0
        for mention in mentions {
            while first < words.count, words[first].range.lowerBound < mention.range.lowerBound { first += 1 }
            var next = first
            while next < words.count, words[next].range.lowerBound < mention.range.upperBound { next += 1 }
            let after = next < words.count ? next : nil
            if let after, reportingVerbs.contains(words[after].text) { continue }
            if let sinceClauseEnd, mention.range.upperBound <= sinceClauseEnd, first > 1 { continue }
            if isModifier(mention, words: words, first: first, after: after, bytes: bytes) {
                secondary.append(mention)
            } else {
                plain.append(mention)
            }
        }
        return plain.isEmpty ? secondary : plain
    }

    /// Where a clause that opens the sentence with "since" ends (its first punctuation): "Since the war began on April 15,
    /// more than 850 civilians have been killed". Its day starts a stretch that runs to the time of writing; it is the
    /// day of neither the main clause's acts nor the story's next ones. ("Since Monday, the army has shelled the town"
    /// is no clause but a date: the shelling is dated from its start, as before.)
    static func openingSinceClauseEnd(_ words: [CasualtyWords.Word]) -> Int? {
        guard words.first?.text == "since", let end = words.dropFirst().first(where: \.punctuatedBefore) else { return nil }
        return end.range.lowerBound
    }

    /// Whether a date belongs to something other than the clause's verb: a noun it modifies, or a verb of saying.
    /// `first` is the index of the date's first word, `after` of the word after it.
    private static func isModifier(_ mention: DateMention, words: [CasualtyWords.Word], first: Int, after: Int?, bytes: [UInt8]) -> Bool {
        guard first < words.count else { return false }
        // "Tuesday's attack": a possessive date is a noun's.
        if isPossessive(bytes[min(mention.range.lowerBound, bytes.count)..<min(mention.range.upperBound, bytes.count)]) {
            return !isSetting(words, phraseStart: first)
        }
        // Only a word joined to the date, with no comma between, can be its head.
        guard first > 0, !words[first].punctuatedBefore else { return false }
        var before = first - 1
        // "the attack on Jan. 7", "said on Tuesday": look past the "on".
        if words[before].text == "on", before > 0, !words[before].punctuatedBefore { before -= 1 }
        if reportingVerbs.contains(words[before].text) { return true }
        if eventNouns.contains(words[before].text) { return !isSetting(words, phraseStart: before) }
        // "the July 2 attack": a date between a determiner and a noun is used as an adjective.
        if DateWords.determiners.contains(words[first - 1].text), let after, !words[after].punctuatedBefore, !words[after].capitalised,
            !DateWords.linkingWords.contains(words[after].text)
        {
            return !isSetting(words, phraseStart: first - 1)
        }
        return false
    }

    /// Whether the noun phrase that starts at `phraseStart` is led by "in", "during", "at" …: then it is the act's
    /// own setting ("killed 20 soldiers in a string of attacks on Tuesday night") and its date the act's, not a
    /// noun's elsewhere ("responsible for an attack Jan. 7", "linked to the July 2 bombing"). Looks back past a
    /// few words ("a string of") to the first preposition or link, not across punctuation.
    private static func isSetting(_ words: [CasualtyWords.Word], phraseStart: Int) -> Bool {
        var index = phraseStart - 1
        var steps = 0
        while index >= 0, steps < 4, !words[index + 1].punctuatedBefore {
            let word = words[index].text
            if settingPrepositions.contains(word) { return true }
            if word != "of", DateWords.linkingWords.contains(word) || otherPrepositions.contains(word) { return false }
            index -= 1
            steps += 1
        }
        return false
    }

    /// Prepositions that place the clause's own act: "killed in an ambush Tuesday", "during Monday's raid".
    static let settingPrepositions: Set<String> = ["in", "during", "at", "by", "with", "through", "throughout", "amid"]

    /// Prepositions that tie a noun to another one, besides `DateWords.linkingWords`: "responsible for", "behind".
    static let otherPrepositions: Set<String> = ["for", "behind", "over", "about", "like"]

    /// Ends in "'s" or "’s".
    private static func isPossessive(_ phrase: ArraySlice<UInt8>) -> Bool {
        guard phrase.count >= 3, phrase.last == 0x73 else { return false }
        let end = phrase.endIndex - 1
        if phrase[end - 1] == 0x27 { return true }
        return phrase.count >= 5 && phrase[end - 3] == 0xE2 && phrase[end - 2] == 0x80 && phrase[end - 1] == 0x99
    }

    static let reportingVerbs: Set<String> = [
        "confirmed", "said", "announced", "reported", "stated", "released", "told", "added", "says", "confirms", "announces",
    ]

    /// Nouns naming an act of violence: a date right after one is the act's ("responsible for an attack Jan. 7").
    static let eventNouns: Set<String> = [
        "attack", "attacks", "bombing", "bombings", "ambush", "ambushes", "explosion", "explosions", "blast", "blasts", "assault",
        "kidnapping", "abduction", "murder", "killing", "killings", "shooting",
    ]

    /// A story's lead can leave the day out and give it in the sentence after, which tells the act in detail
    /// ("… captured a facilitator. The facilitator was detained … overnight."). Acts told before the story
    /// named any day were dated by publication; when the very next sentence names a day no later than
    /// publication, they take it. `events` are the sentence's new events in `result.events`.
    mutating func settleUndatedLead(events: Range<Int>, storyHadDate: Bool) {
        if let lead = undatedLead, !storyHadDate, let day = runningDate, day.precision == .day,
            let published = article.publicationDate, day.latest <= published
        {
            for index in lead where result.events[index].date == ResolvedDate(day: published) {
                result.events[index].date = day
            }
        }
        undatedLead = nil
        if runningDate == nil, !events.isEmpty { undatedLead = events }
    }

    /// Whether an act whose sentence names no date goes on with the story at the running date: yes, unless its
    /// verb is told in the present or the future ("Government forces are shelling", "will remain engaged"), which
    /// speaks of the time of writing, so the act takes the publication date. The perfect tells what was done
    /// ("has killed"), and a verb with no auxiliary before it keeps the story's date.
    static func continuesStory(_ words: LexicalSentence, verbRange: Range<Int>) -> Bool {
        let tokens = words.tokens
        guard let verb = tokens.firstIndex(where: { $0.start >= verbRange.lowerBound }) else { return true }
        var index = verb - 1
        while index >= 0, index >= verb - 3, tokens[index].kind == .word {
            if presentOrFuture.contains(tokens[index].text) { return false }
            index -= 1
        }
        return true
    }

    /// Whether an act is not done yet: promised, demanded or supposed. Such an act has no day of the story's: only the
    /// one its own sentence names. (A denied or negated act is about a day: the story's.)
    static func isNotYetDone(_ modality: Modality) -> Bool {
        modality == .promised || modality == .demanded || modality == .hypothetical
    }

    /// Finite verbs and auxiliaries of the present and the future (the words of `LexToken`, lower case).
    static let presentOrFuture: Set<String> = [
        "is", "are", "am", "will", "shall", "must", "can", "remains", "remain", "continues", "'ll", "wo",
    ]

    /// The day a date mention gives the act of the verb at `verbRange`: its date, except that a verb that goes on from a
    /// counted phrase's day, in the same clause ("Six weeks after the March 2 deal was signed, fighting resumed"), tells
    /// the act of that day, which the count is laid off from: the main clause's act ("fighting resumed") is the counted
    /// one.
    static func date(of mention: DateMention, forVerbAt verbRange: Range<Int>, in sentence: String) -> ResolvedDate {
        guard let anchor = mention.anchorDay, verbRange.lowerBound >= mention.range.upperBound else { return mention.date }
        let bytes = Array(sentence.utf8)
        guard verbRange.lowerBound <= bytes.count else { return mention.date }
        let between = bytes[mention.range.upperBound..<verbRange.lowerBound]
        let clauseBreaks: Set<UInt8> = [0x2C, 0x3B, 0x3A, 0x2E, 0x28, 0x29, 0x22]
        guard !between.contains(where: clauseBreaks.contains) else { return mention.date }
        // The anchor's noun and an auxiliary or two ("deal was", "attack had"), no more.
        let words = between.split(separator: 0x20).count
        return words <= 3 ? ResolvedDate(day: anchor) : mention.date
    }

    /// The date mention nearest the verb: a day named in the clause beats one elsewhere in the sentence.
    static func nearest(_ mentions: [DateMention], to range: Range<Int>) -> DateMention? {
        mentions.min { distance($0.range, range) < distance($1.range, range) }
    }
}
