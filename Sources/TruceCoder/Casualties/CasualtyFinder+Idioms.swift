/// Fixed phrases of English that say someone was killed or held without the usual verbs: "lost his life",
/// "blew himself up", "took four soldiers prisoner", "killed two and captured a third", "killing himself".
extension CasualtyFinder.Scan {
    /// Verbs whose reflexive or possessive phrase tells the subject's own death ("blew himself up", "lost their lives").
    static let ownDeathVerbs: Set<String> = ["blew", "blows", "blowing", "lost", "loses", "lose", "losing"]
    /// "killed two and captured a third": an ordinal after "a" stands for one more person of those just counted.
    static let ordinals: Set<String> = ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]

    /// Verbs that "dead" completes into a killing: "shot dead", "stabbed dead".
    static let verbsBeforeDead: Set<String> = ["shot", "shoot", "shoots", "shooting", "stabbed", "beaten", "beat", "hacked", "gunned"]

    /// "Police shot dead three robbers": the people after "shot dead" were killed. ("Two men were shot dead", a passive,
    /// is read as any participle is.)
    mutating func shotDead(at dead: Int) {
        guard dead >= 1, Self.verbsBeforeDead.contains(words[dead - 1].text), !words[dead].punctuatedBefore,
            !(dead >= 2 && CasualtyWords.auxiliaries.contains(words[dead - 2].text))
        else { return }
        active(.killed, at: dead)
    }

    /// "A fifth suspect blew himself up", "two soldiers lost their lives", "one policeman lost his life": the subject died.
    /// One person for "himself"/"his life"; for "themselves"/"their lives" the number counted before the verb.
    mutating func diedByOwnAct(at verb: Int) {
        guard verb + 2 < words.count, !(verb > 0 && words[verb - 1].text == "to") else { return }
        let first = words[verb + 1].text
        let second = words[verb + 2].text
        let blew = words[verb].text.hasPrefix("blow") || words[verb].text == "blew"
        if blew, second == "up", ["himself", "herself", "themselves"].contains(first) {
            subjectOf(.killed, verb: verb, last: verb + 2, plural: first == "themselves")
        } else if !blew, ["his", "her"].contains(first) && second == "life" || first == "their" && second == "lives" {
            subjectOf(.killed, verb: verb, last: verb + 2, plural: first == "their")
        }
    }

    /// "took four soldiers prisoner", "taking 20 prisoners", "two policemen were taken prisoner", "took 20 hostages",
    /// "were taken captive", "seized 30 hostages": they are held. `noun` is the index of "prisoner(s)", "hostage(s)" or "captive(s)".
    mutating func tookPrisoner(at noun: Int) {
        guard noun >= 1 else { return }
        if words[noun - 1].text == "taken", noun >= 2, CasualtyWords.beForms.contains(words[noun - 2].text) {
            passive(.detained, at: noun - 1)
            return
        }
        guard let verb = (max(0, noun - 6)..<noun).last(where: { Self.takingForms.contains(words[$0].text) }), verb + 1 <= noun,
            !(verb > 0 && (words[verb - 1].text == "to" || CasualtyWords.beForms.contains(words[verb - 1].text))),
            !slice(verb + 1, noun).contains(where: { $0.punctuatedBefore }), let found = object(at: verb + 1), found.end <= noun
        else { return }
        record(.detained, found, from: words[verb].range.lowerBound)
    }

    /// "a third", "another fifth" ending its phrase: one person more ("killed two and captured a third").
    func ordinalPerson(at index: Int) -> Object? {
        guard words[index].text == "a" || words[index].text == "another", index + 1 < words.count,
            Self.ordinals.contains(words[index + 1].text)
        else { return nil }
        let after = index + 2
        guard after >= words.count || words[after].punctuatedBefore || CasualtyWords.stopWords.contains(words[after].text) else { return nil }
        return Object(low: 1, best: 1, high: 1, victims: .unknown, end: index + 1)
    }

    /// "killing himself and four civilians": the attacker is one of the dead.
    func reflexiveObject(at index: Int) -> Object? {
        guard words[index].text == "himself" || words[index].text == "herself" else { return nil }
        return Object(low: 1, best: 1, high: 1, victims: .unknown, end: index)
    }

    /// Whether the people the verb acts on are people: its object ("neutralised six militants", not "neutralised two
    /// roadside bombs"), or in a passive its subject ("four terrorists were neutralised", not "the device was neutralised").
    func namesPeople(around verb: Int) -> Bool {
        func isPeople(_ word: CasualtyWords.Word) -> Bool { Self.isPerson(word.text) || CasualtyWords.insurgentWords.contains(word.text) }
        var before = verb - 1
        while before >= 0, CasualtyWords.auxiliaries.contains(words[before].text), !CasualtyWords.beForms.contains(words[before].text) {
            before -= 1
        }
        guard before >= 0, CasualtyWords.beForms.contains(words[before].text) else {
            var after = verb + 1
            while after < words.count, after - verb <= 6, !words[after].punctuatedBefore {
                if isPeople(words[after]) { return true }
                if CasualtyWords.stopWords.contains(words[after].text) { return false }
                after += 1
            }
            return false
        }
        while before >= 0, verb - before <= 8 {
            if isPeople(words[before]) { return true }
            if words[before + 1].punctuatedBefore { break }
            before -= 1
        }
        return false
    }

    /// "Two of the wounded later died", "three of the insurgents were killed": a count of some of the people named after
    /// "of the". People told before ("the insurgents") are retold; the wounded who died are new deaths. `the` is the
    /// index of "the" in the subject of the passive verb at `verb`. True when recorded.
    mutating func partOfThePeople(_ outcome: CasualtyFinder.Outcome, the: Int, nounEnd: Int, verb: Int) -> Bool {
        guard outcome != .harmed, the >= 2, words[the - 1].text == "of", let first = numberEnds[the - 2], !used.contains(first),
            let (value, _, mention) = number(at: first), the < nounEnd
        else { return false }
        let noun = slice(the + 1, nounEnd)
        let hurt = noun.contains { CasualtyWords.participles[$0.text] == .wounded || $0.text == "hurt" }
        used.insert(first)
        record(
            outcome, low: mention.low ?? value, best: mention.best ?? (mention.low == nil ? value : nil), high: mention.high,
            victims: CasualtyWords.victims(noun), range: words[first].range.lowerBound..<words[verb].range.upperBound,
            refersBack: !(hurt && outcome == .killed))
        // The wounded who died are dead beside those killed outright, not some of them.
        if hurt, outcome == .killed, !report.killed.isEmpty { report.killed[report.killed.count - 1].isAdditional = true }
        return true
    }

    /// "… identified two more suspects, who were also detained": the people a plural "who" refers back to, counted just
    /// before it. `who` is the index of "who".
    mutating func countedAntecedent(before who: Int) -> (object: Object, start: Int)? {
        guard who >= 2, words[who].punctuatedBefore else { return nil }
        var cursor = who - 1
        while cursor >= 0, who - cursor <= 5 {
            if let first = numberEnds[cursor], !used.contains(first), let found = object(at: first) { return (found, first) }
            if cursor < who - 1 && words[cursor + 1].punctuatedBefore { return nil }
            cursor -= 1
        }
        return nil
    }
}
