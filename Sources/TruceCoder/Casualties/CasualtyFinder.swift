/// Finds the people killed, wounded and detained in a sentence, and counts of repeated acts.
///
/// Counts come from the lexicon's `NumberFinder` (so "at least 20" is low 20
/// and vague words follow its ACLED conventions); "a"/"an" before a singular
/// noun and "him"/"her" after a verb count one; "no civilians were harmed"
/// counts zero civilians. Both voices are read: "killed two insurgents" and
/// "two insurgents were killed".
public enum CasualtyFinder {
    public static func report(in sentence: String) -> CasualtyReport {
        report(in: sentence, numbers: NumberFinder.numbers(in: sentence))
    }

    /// The same, with the sentence's numbers already found.
    public static func report(in sentence: String, numbers: [NumberMention]) -> CasualtyReport {
        let words = CasualtyWords.words(sentence)
        guard !words.isEmpty else { return CasualtyReport() }
        var finder = Scan(words: words, numbers: numbers)
        finder.run()
        return finder.report
    }

    enum Outcome { case killed, wounded, detained, harmed }

    struct Scan {
        let words: [CasualtyWords.Word]
        /// For each word index where a number starts: the number and the index of its last word.
        var numberStarts: [Int: (mention: NumberMention, last: Int)] = [:]
        var numberEnds: [Int: Int] = [:]  // last word index → first word index
        var report = CasualtyReport()
        var used = Set<Int>()  // number starts already counted

        init(words: [CasualtyWords.Word], numbers: [NumberMention]) {
            self.words = words
            var wordIndex = 0
            for mention in numbers {
                while wordIndex < words.count, words[wordIndex].range.upperBound <= mention.range.lowerBound { wordIndex += 1 }
                guard wordIndex < words.count else { break }
                var last = wordIndex
                while last + 1 < words.count, words[last + 1].range.lowerBound < mention.range.upperBound { last += 1 }
                numberStarts[wordIndex] = (mention, last)
                numberEnds[last] = wordIndex
            }
        }

        mutating func run() {
            for index in words.indices {
                let word = words[index].text
                // "The arrested leader commanded fighters": a participle after a determiner describes someone already
                // held or killed; it reports no act.
                // ("The killing of several of the men" is an act, named by a noun.)
                let adjective =
                    index > 0 && Self.determiners.contains(words[index - 1].text) && !words[index].punctuatedBefore && !word.hasSuffix("ing")
                let aboutPeople = !(word.hasPrefix("neutrali") || word.hasPrefix("seiz")) || namesPeople(around: index)
                if !adjective, aboutPeople, let outcome = CasualtyWords.participles[word] { passive(eitherOr(outcome, at: index), at: index) }
                if !adjective, aboutPeople, let outcome = CasualtyWords.activeVerbs[word] { active(eitherOr(outcome, at: index), at: index) }
                if Self.ownDeathVerbs.contains(word) { diedByOwnAct(at: index) }
                if word == "dead" { shotDead(at: index) }
                if Self.takenAs.contains(word) { tookPrisoner(at: index) }
                if CasualtyWords.deathNouns.contains(word) { deathNoun(at: index) }
                if (word == "bodies" || word == "corpses" || word == "deaths") && next(index) == "of" { bodiesOf(at: index) }
                if (word == "arrest" || word == "capture" || word == "detention") && next(index) == "of" { arrestOf(at: index) }
                if word == "custody", index >= 2, words[index - 1].text == "into" || words[index - 1].text == "in" {
                    // "was taken into custody": the passive is built on "taken" (or "held", "placed").
                    let verb = ["taken", "placed", "held", "remains", "remain"].contains(words[index - 2].text) ? index - 2 : index
                    passive(.detained, at: verb)
                    if words[index - 1].text == "into" { tookIntoCustody(before: index - 1) }
                }
                if word == "turned" || word == "turns" || word == "turning" { surrendered(at: index) }
                if word == "times" || word == "occasions", index > 0, numberEnds[index - 1] == nil,
                    let count = Int(words[index - 1].text.filter { $0 != "," }), count >= 2, count < 1_000_000
                {
                    // "opened fire 112 times": a count the number finder leaves to us.
                    report.acts.append(ActCount(count: count, noun: word, range: words[index - 1].range.lowerBound..<words[index].range.upperBound))
                }
                if let (count, last, _) = number(at: index), count >= 2, let noun = actNoun(after: last) {
                    report.acts.append(ActCount(count: count, noun: noun.text, range: words[index].range.lowerBound..<noun.range.upperBound))
                }
            }
            report.methods = CasualtyWords.methods(in: words)
        }

        /// "Fourteen soldiers were killed or wounded": the words count people hurt, and none of them certainly killed,
        /// so the killing reads as harm (which still records "no civilians were killed or injured" as none killed).
        func eitherOr(_ outcome: Outcome, at verb: Int) -> Outcome {
            guard outcome == .killed else { return outcome }
            func hurt(_ index: Int) -> Bool {
                guard words.indices.contains(index), let other = CasualtyWords.participles[words[index].text] else { return false }
                return other == .wounded || other == .harmed
            }
            return next(verb) == "or" && hurt(verb + 2) || verb >= 2 && words[verb - 1].text == "or" && hurt(verb - 2) ? .harmed : outcome
        }

        /// "Police took three men into custody", "before taking several men into custody": the people between the
        /// verb and "into" are held. `into` is the index of "into".
        mutating func tookIntoCustody(before into: Int) {
            guard let verb = (max(0, into - 8)..<into).last(where: { Self.takeForms.contains(words[$0].text) }),
                verb + 1 < into, !(verb > 0 && (words[verb - 1].text == "to" || CasualtyWords.beForms.contains(words[verb - 1].text))),
                let found = object(at: verb + 1), found.end < into
            else { return }
            record(.detained, found, from: words[verb].range.lowerBound)
        }

        /// "A facilitator turned himself in to the police", "two fighters turned themselves in": whoever surrenders to
        /// a force is held by it. One person for "himself"/"herself"; for "themselves", the subject's count, else at least two.
        mutating func surrendered(at verb: Int) {
            guard verb + 2 < words.count, words[verb + 2].text == "in", !(verb > 0 && words[verb - 1].text == "to") else { return }
            switch words[verb + 1].text {
            case "himself", "herself": subjectOf(.detained, verb: verb, last: verb + 2, plural: false)
            case "themselves": subjectOf(.detained, verb: verb, last: verb + 2, plural: true)
            default: return
            }
        }

        /// Records the subject of a verb whose words (`verb` through `last`) say what happened to the subject itself:
        /// one person when `plural` is false; else the number counted before the verb, or at least two.
        mutating func subjectOf(_ outcome: Outcome, verb: Int, last: Int, plural: Bool) {
            let range = words[verb].range.lowerBound..<words[last].range.upperBound
            guard plural else {
                let subject = slice(max(0, verb - 4), verb - 1)
                record(outcome, low: 1, best: 1, high: 1, victims: CasualtyWords.victims(subject), range: range)
                return
            }
            var cursor = verb - 1
            while cursor >= 0, verb - cursor <= 6, !words[cursor + 1].punctuatedBefore || cursor + 1 == verb {
                if let first = numberEnds[cursor], !used.contains(first), let (value, _, mention) = number(at: first) {
                    used.insert(first)
                    record(
                        outcome, low: mention.low ?? value, best: mention.best ?? (mention.low == nil ? value : nil), high: mention.high,
                        victims: CasualtyWords.victims(slice(cursor + 1, verb - 1)), range: words[first].range.lowerBound..<range.upperBound)
                    return
                }
                if CasualtyWords.stopWords.contains(words[cursor].text) { break }
                cursor -= 1
            }
            record(outcome, low: 2, best: nil, high: nil, victims: CasualtyWords.victims(slice(max(0, verb - 4), verb - 1)), range: range)
        }

        /// "took", and "had taken three men into custody" (not "was taken", a passive read elsewhere).
        static let takeForms: Set<String> = ["took", "take", "takes", "taking", "taken"]
        /// What people are taken as when they are taken and held: "took 20 prisoners", "took ten villagers hostage",
        /// "were taken captive".
        static let takenAs: Set<String> = ["prisoner", "prisoners", "hostage", "hostages", "captive", "captives"]
        /// The verbs people are taken as those by: "took 20 hostages", "seized 30 hostages".
        static let takingForms: Set<String> = takeForms.union(["seized", "seize", "seizes", "seizing"])
        static let determiners: Set<String> = ["the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its"]
        static let possessives: Set<String> = ["his", "her", "their", "its"]
        /// Words that open an aside naming some of the people just counted: ", including two commanders,", ", most of them children,".
        static let asideStarts: Set<String> = ["including", "among", "most", "many", "some", "mostly", "mainly"]

        static func isPerson(_ word: String) -> Bool { CasualtyWords.personNouns.contains(word) || CasualtyWords.pluralPersonNouns.contains(word) }

        /// Words `from` through `through`, empty when the bounds cross or leave the sentence.
        func slice(_ from: Int, _ through: Int) -> ArraySlice<CasualtyWords.Word> {
            let upper = min(through, words.count - 1)
            guard from >= 0, from <= upper else { return [] }
            return words[from...upper]
        }

        func next(_ index: Int) -> String { index + 1 < words.count ? words[index + 1].text : "" }

        func number(at index: Int) -> (value: Int, last: Int, mention: NumberMention)? {
            guard let start = numberStarts[index] else { return nil }
            let value = start.mention.best ?? start.mention.low ?? Int(start.mention.value)
            return (value, start.last, start.mention)
        }

        func actNoun(after last: Int) -> CasualtyWords.Word? {
            var cursor = last + 1
            var skipped = 0
            while cursor < words.count, skipped <= 2 {
                if CasualtyWords.actNouns.contains(words[cursor].text) { return words[cursor] }
                if words[cursor].punctuatedBefore { return nil }
                cursor += 1
                skipped += 1
            }
            return nil
        }

        mutating func record(
            _ outcome: Outcome, low: Int?, best: Int?, high: Int?, victims: Victims, range: Range<Int>, refersBack: Bool = false
        ) {
            var casualty = Casualty(low: low, best: best, high: high, victims: victims, range: range, refersBack: refersBack)
            // "Killed two insurgents and detained several others": the others are other than those killed, not more
            // people held than the story told before.
            let contrastsOutcome = !report.killed.isEmpty && outcome == .detained || !report.detained.isEmpty && outcome == .killed
            casualty.isAdditional = words.indices.contains { index in
                let word = words[index]
                // "More than 10" is a floor, not more people.
                let moreThan = word.text == "more" && index + 1 < words.count && words[index + 1].text == "than"
                return range.contains(word.range.lowerBound) && CasualtyWords.additionalWords.contains(word.text) && !moreThan
                    && !(contrastsOutcome && (word.text == "other" || word.text == "others"))
            }
            // "The security force also detained one suspect": "also" before the verb says this one person is not the one
            // told before. Of several people it says less ("also detained two associates" after a lead that counted them).
            if low == 1, let first = words.firstIndex(where: { $0.range.lowerBound >= range.lowerBound }), first > 0,
                words[first - 1].text == "also"
            {
                casualty.isAdditional = true
            }
            switch outcome {
            case .killed: report.killed.append(casualty)
            case .wounded: report.wounded.append(casualty)
            case .detained: report.detained.append(casualty)
            case .harmed:
                // "No civilians were harmed": nobody of that group was killed; a positive "harmed" says nothing exact.
                if casualty.isNone { report.killed.append(casualty) }
            }
        }

        /// "two insurgents were killed", "20 killed", "an insurgent was detained", "no civilians were harmed".
        /// "have detained more than 175 insurgents since the first of the year": a running total, not an event.
        func isRunningTotal(_ verb: Int) -> Bool {
            guard RunningTotal.isPerfect(verb: verb, word: { words[$0].text }) else { return false }
            return RunningTotal.isMarked(words.map(\.text))
        }

        mutating func passive(_ outcome: Outcome, at verb: Int) {
            if isRunningTotal(verb) { return }
            if invertedPassive(outcome, at: verb) { return }
            var cursor = verb - 1
            var sawAuxiliary = false
            // "A civilian was accidentally killed": an adverb in "-ly" between "be" and the participle.
            if cursor >= 1, words[cursor].text.hasSuffix("ly"), CasualtyWords.beForms.contains(words[cursor - 1].text) { cursor -= 1 }
            while cursor >= 0, CasualtyWords.auxiliaries.contains(words[cursor].text), verb - cursor <= 5 {
                // Only a form of "be" makes a passive: "also detained two" is active.
                if CasualtyWords.beForms.contains(words[cursor].text) { sawAuxiliary = true }
                cursor -= 1
            }
            if !sawAuxiliary, verb + 1 < words.count, !words[verb + 1].punctuatedBefore {
                // "the force detained two suspects": an object follows, so the verb is active.
                let next = words[verb + 1].text
                if numberStarts[verb + 1] != nil || ["a", "an", "the", "him", "her", "them", "another", "several", "multiple"].contains(next)
                    || CasualtyWords.pluralPersonNouns.contains(next) || CasualtyWords.personNouns.contains(next) || next == "suspected"
                {
                    return
                }
            }
            if sawAuxiliary, cursor >= 1, words[cursor].text == "and", outcome != .harmed {
                coordinatedSubject(outcome, before: cursor, verb: verb)
                return
            }
            // The noun phrase: up to six words back to a number, "a"/"an", "the" + singular, or "no".
            // "identified and detained": step over participles joined to this one.
            while cursor >= 1, words[cursor].text == "and", words[cursor - 1].text.hasSuffix("ed"), verb - cursor <= 6 {
                cursor -= 2
                while cursor >= 0, CasualtyWords.auxiliaries.contains(words[cursor].text), verb - cursor <= 8 {
                    if CasualtyWords.beForms.contains(words[cursor].text) { sawAuxiliary = true }
                    cursor -= 1
                }
            }
            // "Seven insurgents, including two commanders, were killed": the aside names some of the people; the
            // count is the one before it.
            if cursor >= 2, cursor + 1 < words.count, words[cursor + 1].punctuatedBefore,
                let including = (max(1, cursor - 6)...cursor).last(where: {
                    Self.asideStarts.contains(words[$0].text) && words[$0].punctuatedBefore
                })
            {
                cursor = including - 1
            }
            // "One peacekeeper from India was killed": where the people come from names them and ends no phrase.
            if let origin = originPhrase(endingAt: cursor) { cursor = origin - 1 }
            let nounEnd = cursor
            var steps = 0
            while cursor >= 0, steps < 7 {
                let word = words[cursor].text
                if let first = numberEnds[cursor], !used.contains(first), let (value, _, mention) = number(at: first) {
                    guard nounEnd - cursor <= 6 else { return }
                    let definite = first > 0 && CasualtyWords.definiteWords.contains(words[first - 1].text)
                    let victims = CasualtyWords.victims(slice(cursor + 1, nounEnd))
                    if outcome == .harmed { return }
                    used.insert(first)
                    record(
                        outcome, low: mention.low ?? value, best: mention.best ?? (mention.low == nil ? value : nil), high: mention.high,
                        victims: victims, range: words[first].range.lowerBound..<words[verb].range.upperBound, refersBack: definite)
                    // "A senior commander and two advisors were killed": the first of the pair counts too.
                    if sawAuxiliary, first >= 2, words[first - 1].text == "and", !words[first].punctuatedBefore,
                        slice(max(0, first - 7), first - 1).contains(where: {
                            CasualtyWords.personNouns.contains($0.text) || CasualtyWords.pluralPersonNouns.contains($0.text)
                        })
                    {
                        coordinatedSubject(outcome, before: first - 1, verb: verb)
                    }
                    return
                }
                if word == "the", partOfThePeople(outcome, the: cursor, nounEnd: nounEnd, verb: verb) { return }
                if word == "a" || word == "an" || word == "the" || word == "one" {
                    let noun = slice(cursor + 1, nounEnd)
                    guard let head = noun.last, sawAuxiliary, outcome != .harmed else { return }
                    let range = words[cursor].range.lowerBound..<words[verb].range.upperBound
                    if CasualtyWords.pluralPersonNouns.contains(head.text) {
                        // "The suspected insurgents were detained": the people of an earlier sentence.
                        if word == "the" {
                            record(outcome, low: 2, best: nil, high: nil, victims: CasualtyWords.victims(noun), range: range, refersBack: true)
                            passiveCompanions(outcome, after: verb)
                        }
                        return
                    }
                    guard !head.text.hasSuffix("s") || CasualtyWords.singularS.contains(head.text) else { return }
                    record(outcome, low: 1, best: 1, high: 1, victims: CasualtyWords.victims(noun), range: range, refersBack: word == "the")
                    if cursor >= 2, words[cursor - 1].text == "and", !words[cursor].punctuatedBefore {
                        coordinatedSubject(outcome, before: cursor - 1, verb: verb)
                    }
                    passiveCompanions(outcome, after: verb)
                    return
                }
                if word == "who", sawAuxiliary, cursor == nounEnd, outcome != .harmed, slice(cursor + 1, verb).contains(where: { $0.text == "were" }),
                    let (found, start) = countedAntecedent(before: cursor)
                {
                    record(outcome, found, from: words[start].range.lowerBound)
                    return
                }
                if (word == "who" || word == "he" || word == "she") && sawAuxiliary && cursor == nounEnd, outcome != .harmed {
                    // "… the facilitator, who was detained along with several of his associates."
                    record(
                        outcome, low: 1, best: 1, high: 1, victims: .unknown,
                        range: words[cursor].range.lowerBound..<words[verb].range.upperBound, refersBack: true)
                    if outcome == .detained, !report.detained.isEmpty { report.detained[report.detained.count - 1].isPronoun = true }
                    if outcome == .killed, !report.killed.isEmpty { report.killed[report.killed.count - 1].isPronoun = true }
                    passiveCompanions(outcome, after: verb)
                    return
                }
                if word == "no" || word == "none" || word == "nobody" {
                    guard sawAuxiliary else { return }
                    let noun = slice(cursor + 1, nounEnd)
                    record(
                        outcome, low: 0, best: 0, high: 0, victims: CasualtyWords.victims(noun),
                        range: words[cursor].range.lowerBound..<words[verb].range.upperBound)
                    return
                }
                if words[cursor + 1 <= verb ? cursor + 1 : verb].punctuatedBefore && cursor != nounEnd { return }
                if CasualtyWords.stopWords.contains(word) { return }
                cursor -= 1
                steps += 1
            }
        }

        /// Where "from" opens a phrase of origin that ends at `end` and follows a noun of people: "two soldiers from the
        /// 5th Brigade", "a peacekeeper from India" (up to four words, each a name, a number, or "the"); nil when there is
        /// none.
        func originPhrase(endingAt end: Int) -> Int? {
            var index = end
            while index >= 1, end - index <= 4 {
                let word = words[index]
                if word.text == "from" {
                    return index < end && Self.isPerson(words[index - 1].text) ? index : nil
                }
                guard !word.punctuatedBefore, word.capitalised || word.text == "the" || numberEnds[index] != nil else { return nil }
                index -= 1
            }
            return nil
        }

        /// "Also killed in the strike were more than a dozen insurgents": the participle opens the clause
        /// and the people follow "were"/"was". True when such people were recorded.
        mutating func invertedPassive(_ outcome: Outcome, at verb: Int) -> Bool {
            guard outcome != .harmed, verb == 0 || words[verb - 1].text == "also" && (verb == 1 || words[verb - 1].punctuatedBefore)
            else { return false }
            var cursor = verb + 1
            while cursor < words.count, cursor - verb <= 8 {
                let word = words[cursor].text
                if word == "were" || word == "was" {
                    guard cursor + 1 < words.count, let found = object(at: cursor + 1) else { return false }
                    record(outcome, found, from: words[verb].range.lowerBound)
                    return true
                }
                // "in the strike", "during the raid" may stand between; a new clause or verb may not.
                if ["and", "or", "but", "which", "who", "that", "while", "when"].contains(word) || CasualtyWords.participles[word] != nil {
                    return false
                }
                cursor += 1
            }
            return false
        }

        /// "Two gunmen entered the compound and were killed": the subject opens the clause before "and".
        mutating func coordinatedSubject(_ outcome: Outcome, before and: Int, verb: Int) {
            var start = and
            while start > 0, !words[start].punctuatedBefore, and - start < 16 { start -= 1 }
            let limit = min(start + 4, and - 1)
            guard start <= limit else { return }
            // A counted subject first ("several insurgents"), else a person noun phrase ("a gunman").
            let counted = (start...limit).first { numberStarts[$0] != nil && !used.contains($0) }
            let first = counted ?? (start...limit).first { ["a", "an", "the"].contains(words[$0].text) }
            guard let first, let found = object(at: first), found.end < and else { return }
            record(outcome, found, from: words[first].range.lowerBound)
        }

        /// "was detained along with three associates": the people held with the one just counted.
        mutating func passiveCompanions(_ outcome: Outcome, after verb: Int) {
            var end = verb
            var rounds = 0
            while rounds < 3, let next = conjunctionEnd(after: end), words[next - 1].text == "with" || words[next - 1].text == "as",
                let more = object(at: next)
            {
                record(outcome, more, from: words[next].range.lowerBound)
                end = more.end
                rounds += 1
            }
        }

        /// "killed two insurgents", "killing one and wounding two others", "detained him",
        /// "detained the targeted individual along with three of his associates".
        mutating func active(_ outcome: Outcome, at verb: Int) {
            // "a raid to capture a Taliban leader": a purpose, not an act.
            if verb > 0, words[verb - 1].text == "to" { return }
            // "the capture of a leader": a noun, which `arrestOf` counts.
            if next(verb) == "of", ["arrest", "capture", "detention"].contains(words[verb].text) { return }
            if isRunningTotal(verb) { return }
            var cursor = verb + 1
            var skipped = 0
            while cursor < words.count, skipped <= 2 {
                if words[cursor].punctuatedBefore { return }
                if var found = object(at: cursor) {
                    record(outcome, found, from: words[verb].range.lowerBound)
                    // "… and a network facilitator", "… along with three of his associates".
                    var rounds = 0
                    while rounds < 3, let next = conjunctionEnd(after: found.end) ?? listItemStart(after: found.end),
                        !startsParallelVerb(at: next, verb: verb),
                        let more = object(at: next), !countsThings(from: next, to: more.end)
                    {
                        // "at least 20 soldiers and police officers": the number counts both nouns.
                        if found.isCounted, words[next - 1].text == "and", more.best == nil, !more.refersBack, !more.isPronoun,
                            numberStarts[next] == nil, !["a", "an", "the", "another", "other"].contains(words[next].text)
                        {
                            break
                        }
                        record(outcome, more, from: words[next].range.lowerBound)
                        // "a commander, his deputy and several other suspects": "other" sets them apart from the list's
                        // first people, who are new too; it does not say they are new beside people told before.
                        if outcome == .detained, !report.detained.isEmpty { report.detained[report.detained.count - 1].isAdditional = false }
                        if outcome == .killed, !report.killed.isEmpty { report.killed[report.killed.count - 1].isAdditional = false }
                        found = more
                        rounds += 1
                    }
                    return
                }
                if CasualtyWords.stopWords.contains(words[cursor].text) { return }
                cursor += 1
                skipped += 1
            }
        }

        /// "killed a commander, his deputy and two fighters": after an object, a comma opens the next item of a list when
        /// an "and" closes the list a few words on, with nothing but commas between ("killed a commander, the army said"
        /// is no list).
        func listItemStart(after end: Int) -> Int? {
            let start = end + 1
            guard start < words.count, words[start].commaBefore else { return nil }
            var probe = start + 1
            while probe < words.count, probe - start <= 8 {
                if words[probe].punctuatedBefore && !words[probe].commaBefore { return nil }
                if words[probe].text == "and" { return start }
                if CasualtyWords.stopWords.contains(words[probe].text) || CasualtyWords.participles[words[probe].text] != nil
                    || CasualtyWords.activeVerbs[words[probe].text] != nil || ["said", "says", "say", "told"].contains(words[probe].text)
                {
                    return nil
                }
                probe += 1
            }
            return nil
        }

        /// "detained several suspects and multiple AK-47s": a counted phrase whose nouns name no people counts things.
        func countsThings(from start: Int, to end: Int) -> Bool {
            guard numberStarts[start] != nil || start + 1 < words.count && numberStarts[start + 1] != nil else { return false }
            // A phrase that is only a number ("killed two and wounded three") names nothing.
            return numberEnds[end] == nil
                && !slice(start, end).contains { CasualtyWords.personNouns.contains($0.text) || CasualtyWords.pluralPersonNouns.contains($0.text) }
        }

        /// "killing insurgent fighters and freeing hostages": after "and", a word shaped like the verb ("-ing"
        /// after "-ing", "-ed" after "-ed") starts a second verb phrase, not another object.
        func startsParallelVerb(at index: Int, verb: Int) -> Bool {
            let word = words[index].text
            let verbWord = words[verb].text
            guard !CasualtyWords.personNouns.contains(word), !CasualtyWords.pluralPersonNouns.contains(word) else { return false }
            return verbWord.hasSuffix("ing") && word.hasSuffix("ing") || verbWord.hasSuffix("ed") && word.hasSuffix("ed")
        }

        struct Object {
            var low: Int?
            var best: Int?
            var high: Int?
            var victims: Victims
            var end: Int
            var refersBack = false
            var isPronoun = false
            /// Counted by a number in the text ("at least 20 soldiers"), not inferred from a determiner.
            var isCounted = false
        }

        mutating func record(_ outcome: Outcome, _ object: Object, from start: Int) {
            record(
                outcome, low: object.low, best: object.best, high: object.high, victims: object.victims,
                range: start..<words[object.end].range.upperBound, refersBack: object.refersBack)
            if object.isPronoun, outcome == .detained, !report.detained.isEmpty { report.detained[report.detained.count - 1].isPronoun = true }
            if object.isPronoun, outcome == .killed, !report.killed.isEmpty { report.killed[report.killed.count - 1].isPronoun = true }
        }

        /// The people an active verb's object counts, starting at word `index`.
        mutating func object(at index: Int) -> Object? {
            let word = words[index].text
            if !used.contains(index), let (value, last, mention) = number(at: index) {
                used.insert(index)
                let nounEnd = nounPhraseEnd(after: last)
                // "killing all three", "both two": the people already told.
                let all = index > 0 && (words[index - 1].text == "all" || words[index - 1].text == "both")
                return Object(
                    low: mention.low ?? value, best: mention.best ?? (mention.low == nil ? value : nil), high: mention.high,
                    victims: CasualtyWords.victims(slice(last + 1, nounEnd)), end: nounEnd, refersBack: all, isCounted: true)
            }
            if word == "the" || word == "these" || word == "those" || Self.possessives.contains(word), index + 1 < words.count,
                !used.contains(index + 1), let (value, last, mention) = number(at: index + 1)
            {
                // "killed the two insurgents": the people of an earlier sentence. "His two bodyguards" are counted
                // beside him, not told before.
                used.insert(index + 1)
                let nounEnd = nounPhraseEnd(after: last)
                return Object(
                    low: mention.low ?? value, best: mention.best ?? (mention.low == nil ? value : nil), high: mention.high,
                    victims: CasualtyWords.victims(slice(last + 1, nounEnd)), end: nounEnd, refersBack: !Self.possessives.contains(word),
                    isCounted: Self.possessives.contains(word))
            }
            if word == "him" || word == "her" {
                return Object(low: 1, best: 1, high: 1, victims: .unknown, end: index, refersBack: true, isPronoun: true)
            }
            if word == "them" { return Object(low: 2, best: nil, high: nil, victims: .unknown, end: index, refersBack: true, isPronoun: true) }
            if let ordinal = ordinalPerson(at: index) { return ordinal }
            if let attacker = reflexiveObject(at: index) { return attacker }
            if word == "a" || word == "an" || word == "the" || word == "another" || word == "other" || word == "his" || word == "her"
                || word == "their"
            {
                let head = nounPhraseEnd(after: index)
                let noun = slice(index + 1, head)
                guard let last = noun.last,
                    noun.contains(where: { CasualtyWords.personNouns.contains($0.text) || CasualtyWords.pluralPersonNouns.contains($0.text) })
                else { return nil }
                if CasualtyWords.pluralPersonNouns.contains(last.text) {
                    // "other suspected insurgents", "the insurgents": more than one, number unknown.
                    return Object(low: 2, best: nil, high: nil, victims: CasualtyWords.victims(noun), end: head, refersBack: word == "the")
                }
                guard word != "other" else { return nil }
                return Object(low: 1, best: 1, high: 1, victims: CasualtyWords.victims(noun), end: head, refersBack: word == "the")
            }
            // A bare plural: "detained suspected insurgents" (not "of several of the men", which a number counts).
            let head = nounPhraseEnd(after: index - 1)
            let noun = slice(index, head)
            if let last = noun.last, CasualtyWords.pluralPersonNouns.contains(last.text), word != "of",
                !noun.indices.contains(where: { numberStarts[$0] != nil })
            {
                return Object(low: 2, best: nil, high: nil, victims: CasualtyWords.victims(noun), end: head)
            }
            // A title before a name: "killed Taliban leader Saifullah" is one person, and so is "killed Taliban
            // leader, Mahjur," with the name set off by commas.
            if let last = noun.last, CasualtyWords.personNouns.contains(last.text), head + 1 < words.count,
                words[head + 1].capitalised, !words[head + 1].punctuatedBefore || head + 2 >= words.count || words[head + 2].punctuatedBefore
            {
                var end = head + 1
                while end + 1 < words.count, end - head < 3, words[end + 1].capitalised, !words[end + 1].punctuatedBefore { end += 1 }
                return Object(low: 1, best: 1, high: 1, victims: CasualtyWords.victims(noun), end: end)
            }
            // A name alone: "a precision airstrike which killed Rostum and his associate". Up to three capitalised
            // words that end the phrase, none of them a group's or a force's name ("killed Taliban", "ISAF").
            if words[index].capitalised, !words[index].punctuatedBefore || index == 0 {
                var end = index
                while end + 1 < words.count, end - index < 2, words[end + 1].capitalised, !words[end + 1].punctuatedBefore { end += 1 }
                let name = words[index...end]
                let endsPhrase = end + 1 >= words.count || words[end + 1].punctuatedBefore || Self.afterName.contains(words[end + 1].text)
                let groupWord = name.contains { word in
                    CasualtyWords.insurgentWords.contains(word.text) || CasualtyWords.securityWords.contains(word.text)
                        || CasualtyWords.civilianWords.contains(word.text) || Self.notNames.contains(word.text)
                }
                if endsPhrase, !groupWord {
                    // A name is definite, like "the commander": others counted with it add to it.
                    return Object(low: 1, best: 1, high: 1, victims: .unknown, end: end, refersBack: true)
                }
            }
            return nil
        }

        /// Words that may follow a person's name in an object: "killed Rostum and his associate", "… during the raid".
        static let afterName: Set<String> = ["and", "along", "together", "during", "in", "on", "near", "while", "after", "as", "with"]
        /// Capitalised words that start no person's name: groups, nationalities, places and months are not people.
        static let notNames: Set<String> = [
            "afghan", "afghans", "american", "americans", "pakistani", "iraqi", "syrian", "us", "u", "u.s.", "nato", "un", "al", "the",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "we", "they",
            "ied", "ieds", "vbied", "vbieds", "rpg", "rpgs",
        ]

        /// The last word of the noun phrase after word `index`: up to four words, not across punctuation or clause words.
        /// A name does not use up the four ("an Islamic Movement of Uzbekistan (IMU) leader"): capitalised words,
        /// "of" between them and a bracketed acronym count as one.
        func nounPhraseEnd(after index: Int) -> Int {
            var end = index
            var length = 0
            while end + 1 < words.count, length < 5, end - index < 10,
                !words[end + 1].punctuatedBefore || words[end + 1].bracketedBefore && end > index && words[end].capitalised,
                !CasualtyWords.stopWords.contains(words[end + 1].text),
                CasualtyWords.participles[words[end + 1].text] == nil, !CasualtyWords.auxiliaries.contains(words[end + 1].text)
            {
                end += 1
                let word = words[end]
                let previous = words[end - 1]
                let inName =
                    word.bracketedBefore
                    || word.capitalised && end > index + 1
                        && (previous.capitalised || previous.text == "of" && end >= index + 3 && words[end - 2].capitalised)
                    || word.text == "of" && previous.capitalised && end + 1 < words.count && words[end + 1].capitalised
                if !inName { length += 1 }
                // "two of the men": the head is after "of the".
                if words[end].text == "of", end + 1 < words.count { continue }
                // "an insurgent leader", "a rebel commander": a person noun before another is a modifier, not the head.
                if Self.isPerson(words[end].text), !(end + 1 < words.count && !words[end + 1].punctuatedBefore && Self.isPerson(words[end + 1].text))
                {
                    break
                }
            }
            return end
        }

        /// After an object ending at `end`: where the next one starts when "and", "along with", "as well as" or "plus" follows.
        func conjunctionEnd(after end: Int) -> Int? {
            var next = end + 1
            // "the Taliban commander Fayez Jan and one additional insurgent": step over the name.
            while next < words.count, next - end <= 4, words[next].capitalised, !words[next].punctuatedBefore { next += 1 }
            guard next < words.count else { return nil }
            let word = words[next].text
            if word == "and" || word == "plus" { return next + 1 < words.count ? next + 1 : nil }
            if word == "along" || word == "together", next + 1 < words.count, words[next + 1].text == "with" {
                return next + 2 < words.count ? next + 2 : nil
            }
            if word == "as", next + 2 < words.count, words[next + 1].text == "well", words[next + 2].text == "as" {
                return next + 3 < words.count ? next + 3 : nil
            }
            // "a leader accused of planning attacks, along with three of his associates": after a short clause.
            var probe = next
            while probe + 1 < words.count, probe - next < 10 {
                if words[probe].punctuatedBefore, words[probe].text == "along" || words[probe].text == "together",
                    words[probe + 1].text == "with"
                {
                    return probe + 2 < words.count ? probe + 2 : nil
                }
                if CasualtyWords.participles[words[probe].text] != nil || CasualtyWords.beForms.contains(words[probe].text) { return nil }
                probe += 1
            }
            return nil
        }

        /// "ten insurgent deaths", "three civilian bodies were found".
        mutating func deathNoun(at noun: Int) {
            var cursor = noun - 1
            while cursor >= 0, noun - cursor <= 3 {
                if let first = numberEnds[cursor], !used.contains(first), let (value, _, mention) = number(at: first) {
                    used.insert(first)
                    record(
                        .killed, low: mention.low ?? value, best: mention.best ?? (mention.low == nil ? value : nil), high: mention.high,
                        victims: CasualtyWords.victims(slice(cursor + 1, noun)),
                        range: words[first].range.lowerBound..<words[noun].range.upperBound)
                    return
                }
                if words[cursor + 1].punctuatedBefore { return }
                cursor -= 1
            }
        }

        /// "The bodies of six soldiers were recovered", "resulted in the deaths of four insurgents": the dead are counted after "of".
        mutating func bodiesOf(at noun: Int) {
            var start = noun + 2
            if start < words.count, CasualtyWords.definiteWords.contains(words[start].text) { start += 1 }
            guard start < words.count, !used.contains(start), let (value, last, mention) = number(at: start) else { return }
            used.insert(start)
            let end = nounPhraseEnd(after: last)
            record(
                .killed, low: mention.low ?? value, best: mention.best ?? (mention.low == nil ? value : nil), high: mention.high,
                victims: CasualtyWords.victims(slice(last + 1, end)), range: words[noun].range.lowerBound..<words[end].range.upperBound)
        }

        /// "the arrest of Taliban leader Mullah X", "the capture of two facilitators".
        mutating func arrestOf(at noun: Int) {
            let outcome: Outcome = .detained
            let start = noun + 2
            guard start < words.count else { return }
            if let (value, last, mention) = number(at: start), !used.contains(start) {
                used.insert(start)
                record(
                    outcome, low: mention.low ?? value, best: mention.best ?? value, high: mention.high,
                    victims: CasualtyWords.victims(slice(last + 1, last + 3)),
                    range: words[noun].range.lowerBound..<words[last].range.upperBound)
                return
            }
            let first = words[start]
            let singular =
                ["a", "an", "the"].contains(first.text) ? words.indices.contains(start + 1) && !words[start + 1].text.hasSuffix("s") : false
            if first.capitalised || singular {
                // "With the capture of the facilitator yesterday": the person already told.
                record(
                    outcome, low: 1, best: 1, high: 1, victims: CasualtyWords.victims(slice(start, start + 3)),
                    range: words[noun].range.lowerBound..<first.range.upperBound, refersBack: first.text == "the")
            } else if let found = object(at: start) {
                // "the capture of militia leader Jonas Kabila", "the arrest of suspected smugglers".
                record(outcome, found, from: words[noun].range.lowerBound)
            }
        }
    }
}
