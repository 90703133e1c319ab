/// The shallow syntax of one sentence: verbs, their subjects and objects, their patterns.
///
/// No parse tree: the subject of a verb is the nearest actor before it that is not inside
/// a prepositional phrase, within its clause (a verb chained or coordinated with an earlier
/// one shares that verb's subject); the object is the first actor after it before the clause
/// ends. Passive verbs take their source from a following "by" phrase.
struct ClauseAnalysis {
    let tokens: [WordToken]
    let actors: [FoundActor]
    let dictionaries: CoderDictionaries
    let options: SentenceCoder.Options

    private var actorAt: [Int]
    private var verbs: [FoundVerb] = []
    private var verbAt: [Int]
    /// Subject of each verb once found: nil not yet known, .some(nil) none.
    private var subjectMemo: [Int??] = []
    /// Every word of the sentence, also without a plural ending, for a quick pattern check.
    private var wordForms: Set<String> = []

    struct FoundVerb {
        var start: Int
        var end: Int
        var entries: [(entry: Int, code: VerbCode)]
    }

    init(tokens: [WordToken], actors: [FoundActor], dictionaries: CoderDictionaries, options: SentenceCoder.Options) {
        self.tokens = tokens
        self.actors = actors
        self.dictionaries = dictionaries
        self.options = options
        actorAt = Array(repeating: -1, count: tokens.count)
        verbAt = Array(repeating: -1, count: tokens.count)
        for (index, actor) in actors.enumerated() {
            for position in actor.start..<min(actor.end, tokens.count) { actorAt[position] = index }
        }
        findVerbs()
    }

    /// Fills `wordForms` the first time a pattern needs it.
    private mutating func collectWordForms() {
        guard wordForms.isEmpty else { return }
        wordForms.reserveCapacity(tokens.count * 2)
        for token in tokens where token.kind == .word {
            let text = token.text
            wordForms.insert(text)
            if text.utf8.count > 3 && text.utf8.last == UInt8(ascii: "S") {
                wordForms.insert(String(text.dropLast()))
                if text.hasSuffix("ES") { wordForms.insert(String(text.dropLast(2))) }
                if text.hasSuffix("IES") { wordForms.insert(String(text.dropLast(3)) + "Y") }
            }
        }
    }

    /// Prepositions after which a word of the verb dictionary is a noun: "against attacks", "amid clashes".
    static let nounLeaders: Set<String> = ["AGAINST", "AMID", "AMIDST", "DESPITE"]

    private mutating func findVerbs() {
        var index = 0
        while index < tokens.count {
            guard actorAt[index] < 0, tokens[index].kind == .word, tokens[index].has(.startWord) else {
                index += 1
                continue
            }
            let matches = dictionaries.verbs.matches(in: tokens, at: index)
            guard let first = matches.first else {
                index += 1
                continue
            }
            // A determiner before it makes the word a noun: "an attack", "their meeting"; not "each" floating after its
            // actor ("Russia and Ukraine each released 95 prisoners").
            let floats = index > 1 && tokens[index - 1].text == "EACH" && actorAt[index - 2] >= 0
            if index > 0 && (tokens[index - 1].has(.determiners) || tokens[index - 1].has(.degreeWords)) && !floats {
                index += 1
                continue
            }
            // After "against", "amid" or "despite" it is a noun too: one defends against attacks, acts amid or
            // despite them ("defend itself against attacks from Hezbollah" reports no attack); not a gerund
            // ("despite attacking").
            if index > 0, Self.nounLeaders.contains(tokens[index - 1].text), !tokens[index].text.hasSuffix("ING") {
                index += 1
                continue
            }
            // A participle right after a preposition describes the noun it stands before: "the exit of wounded
            // militants", "a number of wounded Palestinians" tell of no wounding.
            if index > 0, first.length == 1, tokens[index - 1].has(.prepositions), tokens[index - 1].text != "TO",
                tokens[index - 1].text != "BY", tokens[index].text.hasSuffix("ED") || tokens[index].text.hasSuffix("EN")
            {
                index += 1
                continue
            }
            // "in Zamfara state", "Rakhine State": a region's name makes "state" the noun.
            if index > 0, tokens[index].text == "STATE", tokens[index - 1].isCapitalized, actorAt[index - 1] < 0 {
                index += 1
                continue
            }
            if isNounOfAct(at: index, length: first.length) || isNotAnAct(at: index, length: first.length) {
                index += 1
                continue
            }
            let end = index + first.length
            var entries: [(Int, VerbCode)] = []
            for match in matches {
                let target = dictionaries.verbs.formTargets[Int(match.value)]
                let entry = Int(target.entry)
                guard !entries.contains(where: { $0.0 == entry }) else { continue }
                entries.append((entry, target.code ?? dictionaries.verbs.entries[entry].code))
            }
            verbs.append(FoundVerb(start: index, end: end, entries: entries))
            for position in index..<end { verbAt[position] = verbs.count - 1 }
            index = end
        }
    }

    /// Plural nouns of acts: the "-s" forms a verb shares with its noun.
    static let pluralActNouns: Set<String> = [
        "ATTACKS", "STRIKES", "AIRSTRIKES", "RAIDS", "ASSAULTS", "AMBUSHES", "BOMBINGS", "KILLINGS", "SHOOTINGS", "ABDUCTIONS",
    ]

    /// Words that follow a plural noun of acts but never that verb's "-s" form: a verb in "-s" takes its object
    /// directly ("Arnor attacks Gondor"), the noun a preposition or a relative clause ("attacks on shipping").
    /// ("Against" and "in" are left out: "responsible for attacks against coalition forces" is how a press release
    /// tells whose a detained man is, and the article coder reads the armed group from that pseudo-event.)
    static let afterActNouns: Set<String> = ["ON", "FROM", "BY", "INTO", "THAT", "WHICH", "OF"]

    /// Whether the verb-dictionary word at `index` is used as a noun, by what stands around it (the caller has
    /// already ruled out a determiner right before it):
    /// - a number or an ordinal counts or ranks acts: "27 attacks", "the October 7th attack";
    /// - a determiner and one modifier before a word that is not a participle: "a precision strike",
    ///   "their largest attack", "these targeted strikes" (a plural modifier may be a subject: "the rebels attack",
    ///   and before an "-s" form only a participle or a superlative is surely a modifier: "the agreement commits");
    /// - a plural noun of acts followed by a preposition: "rocket attacks from Gondor".
    private func isNounOfAct(at index: Int, length: Int) -> Bool {
        let word = tokens[index].text
        guard length == 1, !word.hasSuffix("ED"), !word.hasSuffix("ING"), !word.hasSuffix("EN") else { return false }
        if index > 0 {
            let before = tokens[index - 1]
            if before.kind == .number || Self.isOrdinal(before.text) { return true }
            if index > 1, before.kind == .word, !before.isCapitalized, actorAt[index - 1] < 0, !before.text.hasSuffix("S"),
                !before.text.hasSuffix("LY"), !before.has(.auxiliaries), !before.has(.subjectPronouns), !before.has(.determiners),
                tokens[index - 2].has(.determiners),
                before.text.hasSuffix("ED") || before.text.hasSuffix("ING") || before.text.hasSuffix("EST")
                    || (!word.hasSuffix("S") && dictionaries.verbs.matches(in: tokens, at: index - 1).isEmpty)
            {
                return true
            }
        }
        if Self.pluralActNouns.contains(word), index + 1 < tokens.count, Self.afterActNouns.contains(tokens[index + 1].text) {
            return true
        }
        return false
    }

    /// Nouns of a change in fighting: the "-ing" form after them and "in", "of" or "to" names what changes ("a pause
    /// in fighting", "a halt to shelling"), not an act.
    static let changeNouns: Set<String> = [
        "PAUSE", "PAUSES", "HALT", "END", "CESSATION", "LULL", "BREAK", "STOP", "FREEZE", "SUSPENSION", "REDUCTION", "ESCALATION",
        "RESUMPTION", "SURGE",
    ]

    /// Verbs that are protests only when nobody is their object: one demonstrates or rallies in a place, against
    /// something or for it; "demonstrate our resolve", "rally international partners" show and gather support.
    static let intransitiveProtests: Set<String> = [
        "DEMONSTRATE", "DEMONSTRATES", "DEMONSTRATED", "DEMONSTRATING", "RALLY", "RALLIES", "RALLIED", "RALLYING",
    ]

    /// Whether the verb-dictionary word at `index` names no act by its use, besides a noun of act:
    /// - an "-ing" form after a noun of change and "in", "of" or "to": "a seven-day pause in fighting";
    /// - an "-ing" form after a superlative is an adjective: "the greatest fighting force";
    /// - "demonstrate" or "rally" with an object: "continues to demonstrate our resolve".
    private func isNotAnAct(at index: Int, length: Int) -> Bool {
        let word = tokens[index].text
        if word.hasSuffix("ING"), index > 1 {
            let before = tokens[index - 1].text
            if ["IN", "OF", "TO"].contains(before), Self.changeNouns.contains(tokens[index - 2].text) { return true }
            if before.hasSuffix("EST"), before.count > 4, tokens[index - 1].kind == .word, !tokens[index - 1].isCapitalized { return true }
        }
        if length == 1, Self.intransitiveProtests.contains(word), index + 1 < tokens.count {
            let next = tokens[index + 1]
            if next.has(.determiners) { return true }
            if next.kind == .word, !next.isCapitalized, !next.has(.prepositions), !next.has(.auxiliaries), !next.has(.coordinators),
                !next.has(.clauseStarters), !next.text.hasSuffix("LY")
            {
                return true
            }
        }
        return false
    }

    /// "7TH", "1ST", "22ND", "3RD": digits then an ordinal ending.
    static func isOrdinal(_ word: String) -> Bool {
        let utf8 = Array(word.utf8)
        guard utf8.count >= 3, utf8[0] >= 0x30, utf8[0] <= 0x39 else { return false }
        let ending = String(decoding: utf8[(utf8.count - 2)...], as: UTF8.self)
        return ["ST", "ND", "RD", "TH"].contains(ending) && utf8[..<(utf8.count - 2)].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    /// Whether the actor is the object of a preposition ("by Osgiliath soldiers", "with Gondor").
    private func isInPrepositionalPhrase(_ actor: FoundActor) -> Bool {
        var position = actor.start - 1
        var skipped = 0
        while position >= 0 && skipped < 3 {
            let text = tokens[position].text
            if tokens[position].has(.prepositions) { return true }
            guard
                tokens[position].has(.determiners)
                    || (tokens[position].kind == .word && !tokens[position].isCapitalized && actorAt[position] < 0 && verbAt[position] < 0
                        && !tokens[position].has(.clauseStarters) && text != "AND")
            else { return false }
            position -= 1
            skipped += 1
        }
        return false
    }

    /// The grammatical subject of verb `verbIndex`: an actor index, nil if none.
    private mutating func subject(of verbIndex: Int) -> Int? {
        if subjectMemo.count != verbs.count { subjectMemo = Array(repeating: nil, count: verbs.count) }
        if let memo = subjectMemo[verbIndex] { return memo }
        let verb = verbs[verbIndex]
        var position = verb.start - 1
        var result: Int?
        var steps = 0
        // Whether a word of the subject's own phrase stands between the verb and `position` ("local activists said").
        var passedNoun = false
        var passedComma = false
        var passedPreposition = false
        while position >= 0 && steps < 40 {
            steps += 1
            // "Taliban fighters (who had rejected the deal) attacked", "The RSF — which controls most of Darfur — shelled":
            // an aside in brackets or between dashes right before the verb is passed over to the subject before it.
            if !passedNoun, let opening = asideOpening(closedAt: position) {
                position = opening - 1
                continue
            }
            if tokens[position].text == "," {
                // "M23 rebels, who agreed to a truce, attacked": the relative clause is passed over to its antecedent.
                if !passedNoun, let opening = relativeClauseOpening(closedAt: position) {
                    position = opening - 1
                    continue
                }
                // ", local activists said": the subject is the phrase after the comma, one the dictionaries do not know.
                // (Not after an aside the verb follows at once: "the army, in a statement, said".)
                // Nor after a preposition: "Arnor, in remarks, urged" (a word that can be a verb read as one).
                // The comma ends a clause of its own only when a verb comes before it: "As an al-Qaida expert, Taqwa is
                // suspected" opens with a phrase that tells who Taqwa is.
                if passedNoun && !passedComma && !passedPreposition && verbs.contains(where: { $0.end <= position }) { break }
                passedComma = true
            }
            // "rebels, who agreed": the relative pronoun stands for the actor before its comma.
            if Self.relativePronouns.contains(tokens[position].text), position >= 2, tokens[position - 1].text == ",",
                actorAt[position - 2] >= 0
            {
                result = actorAt[position - 2]
                break
            }
            let actorIndex = actorAt[position]
            if actorIndex >= 0 {
                let actor = actors[actorIndex]
                let first = actors.firstIndex { $0.group == actor.group } ?? actorIndex
                if isInPrepositionalPhrase(actors[first]) {
                    position = actors[first].start - 1
                    continue
                }
                // "Hamas said its fighters attacked": a bare agent after a possessive is the possessor's.
                if actor.isAgentOnly, actor.start > 0, Self.possessivePronouns.contains(tokens[actor.start - 1].text) {
                    position = actor.start - 1
                    continue
                }
                result = actorIndex
                break
            }
            // "Ethiopia indicated it deplored Libya": a subject pronoun stands for the earlier subject; so does a possessive
            // that opens the subject ("the army said its aircraft struck": the aircraft are the army's).
            if tokens[position].has(.subjectPronouns) || Self.possessivePronouns.contains(tokens[position].text) {
                var earlier = position - 1
                while earlier >= 0 && verbAt[earlier] < 0 { earlier -= 1 }
                if earlier >= 0 {
                    result = subject(of: verbAt[earlier])
                    break
                }
                // No verb before it: the nearest actor before the pronoun.
                position -= 1
                continue
            }
            let otherVerb = verbAt[position]
            if otherVerb >= 0 && otherVerb != verbIndex {
                // Shared only by a chain ("was seen to break") or a coordination ("condemned ... and
                // promised"); a verb after the other verb's object has a subject of its own.
                if sharesSubject(verb, withVerbEndingAt: position) { result = subject(of: otherVerb) }
                break
            }
            if tokens[position].has(.clauseStarters) { break }
            let token = tokens[position]
            if token.has(.prepositions) {
                passedPreposition = true
            } else if token.kind == .word, !token.has(.auxiliaries), !token.has(.determiners), !token.has(.coordinators),
                !(token.text.hasSuffix("LY") && !token.isCapitalized)
            {
                passedNoun = true
            }
            position -= 1
        }
        subjectMemo[verbIndex] = .some(result)
        return result
    }

    /// Where the aside that the closing bracket or dash at `close` ends opens: the "(" or the dash before it, within 30
    /// tokens of the same sentence part, with a word before it (a dash that opens the sentence sets off nothing).
    private func asideOpening(closedAt close: Int) -> Int? {
        let closing = tokens[close].text
        guard closing == ")" || isDash(close) else { return nil }
        var position = close - 1
        while position >= 1 && close - position <= 30 {
            let text = tokens[position].text
            if text == ";" || text == "." || text == ":" || text == ")" { return nil }
            if closing == ")" ? text == "(" : isDash(position) { return tokens[position - 1].kind == .word ? position : nil }
            position -= 1
        }
        return nil
    }

    /// A dash, not a hyphen inside a word: a long dash (normalised to "-", longer in the text) or one with a space before.
    private func isDash(_ position: Int) -> Bool {
        let token = tokens[position]
        guard token.text == "-", token.kind == .punctuation else { return false }
        return token.range.count > 1 || position == 0 || tokens[position - 1].range.upperBound < token.range.lowerBound
    }

    /// Relative pronouns that open a clause describing the actor before their comma.
    static let relativePronouns: Set<String> = ["WHO", "WHICH", "WHOSE", "WHOM"]

    /// Possessives that can open a subject and stand for an actor named before ("its aircraft", "their fighters").
    static let possessivePronouns: Set<String> = ["ITS", "THEIR"]

    /// Whether the verb that ends before `verbEnd` is the verb of a clause a comma ends: a relative clause a comma opens
    /// (", who agreed", ", which has fought") or a condition ("If the rebels attack the town, the army will respond"): the
    /// pronoun or "if" at most a few words before the verb, no comma between.
    private func isInCommaBoundedClause(verbEnd: Int) -> Bool {
        var position = verbEnd - 1
        while position >= 0 && verbEnd - position <= 7 {
            let text = tokens[position].text
            if text == "," { return false }
            if text == "IF" || text == "UNLESS" { return true }
            if Self.relativePronouns.contains(text) { return position >= 1 && tokens[position - 1].text == "," }
            position -= 1
        }
        return false
    }

    /// Where the relative clause that the comma at `comma` closes opens: the comma before "who", "which", "whose" or
    /// "whom", within 30 tokens and the same sentence part (a comma inside the clause, as in "June 5, 2023", is passed).
    private func relativeClauseOpening(closedAt comma: Int) -> Int? {
        var position = comma - 1
        while position >= 1 && comma - position <= 30 {
            let text = tokens[position].text
            if text == ";" || text == "." || text == ":" { return nil }
            if text == ",", Self.relativePronouns.contains(tokens[position + 1].text) { return position }
            position -= 1
        }
        return nil
    }

    /// Whether only auxiliaries, adverbs and "to" lie between two verbs, or a coordinator comes
    /// right before the later verb's auxiliaries.
    private func sharesSubject(_ verb: FoundVerb, withVerbEndingAt otherEnd: Int) -> Bool {
        var position = verb.start - 1
        while position > otherEnd {
            let token = tokens[position]
            let text = token.text
            if tokens[position].has(.coordinators) { return true }
            let isAdverb = token.isLyAdverb
            guard tokens[position].has(.auxiliaries) || isAdverb || text == "TO" else { return false }
            position -= 1
        }
        return true
    }

    /// Whether the actor's compound comes right after a verb (skipping articles): that verb's object.
    private func isObjectOfEarlierVerb(_ actor: FoundActor) -> Bool {
        let first = actors.first { $0.group == actor.group } ?? actor
        var position = first.start - 1
        if position >= 0 && tokens[position].has(.determiners) { position -= 1 }
        return position >= 0 && verbAt[position] >= 0
    }

    /// An actor followed by a verb (after auxiliaries) is the subject of its own clause.
    private func isFollowedByVerb(_ actor: FoundActor) -> Bool {
        var position = actor.end
        while position < tokens.count && position < actor.end + 4 {
            if verbAt[position] >= 0 { return true }
            let token = tokens[position]
            let isAdverb = token.isLyAdverb
            guard token.has(.auxiliaries) || isAdverb else { return false }
            position += 1
        }
        return false
    }

    /// The first actor after the verb, before its clause ends.
    private func object(after end: Int) -> Int? {
        var position = end
        var crossedComma = false
        // "rebels, who agreed to a truce, attacked army positions": a relative clause's or a condition's object lies before
        // its comma.
        let inBoundedClause = isInCommaBoundedClause(verbEnd: end)
        while position < tokens.count && position < end + 30 {
            let text = tokens[position].text
            if text == "," {
                if inBoundedClause { return nil }
                crossedComma = true
            }
            if actorAt[position] >= 0 {
                // "..., a senior Bree official said": past a comma, a subject starts a new clause.
                if crossedComma && isFollowedByVerb(actors[actorAt[position]]) { return nil }
                return actorAt[position]
            }
            if text != "THAT" && tokens[position].has(.clauseStarters) { return nil }
            if verbAt[position] >= 0, position > 0, tokens[position - 1].text == "AND" || tokens[position - 1].text == "OR" {
                return nil
            }
            position += 1
        }
        return nil
    }

    /// Looks back over auxiliaries and adverbs before the verb: negated? passive?
    private func verbGroup(before start: Int) -> (negated: Bool, passive: Bool, infinitive: Bool) {
        var position = start - 1
        var negated = false
        var passive = false
        var infinitive = false
        var steps = 0
        while position >= 0 && steps < 7 {
            let token = tokens[position]
            let text = token.text
            let isAdverb = token.isLyAdverb && actorAt[position] < 0
            guard tokens[position].has(.auxiliaries) || isAdverb else { break }
            if tokens[position].has(.negators) { negated = true }
            if tokens[position].has(.beForms) && steps <= 3 { passive = true }
            if text == "TO" {
                infinitive = true
                break
            }
            position -= 1
            steps += 1
        }
        return (negated, passive, infinitive)
    }

    mutating func events() -> [SentenceEvent] {
        var result: [SentenceEvent] = []
        var seen = Set<String>()
        for verbIndex in verbs.indices {
            let verb = verbs[verbIndex]
            let group = verbGroup(before: verb.start)
            let verbText = tokens[verb.end - 1].text
            let isParticiple =
                verbText.hasSuffix("ED") || verbText.hasSuffix("EN") || verbText.hasSuffix("WN") || verbText == "HELD"
                || verbText == "SHOT" || verbText == "SEEN" || verbText == "LEFT" || verbText == "MET"
            let passive = group.passive && !verbText.hasSuffix("ING") && isParticiple
            var sourceActor: Int?
            var targetActor: Int?
            if passive {
                // "was attacked by Y": Y is the source, the subject the target.
                var position = verb.end
                while position < tokens.count && position < verb.end + 6 {
                    if tokens[position].text == "BY", position + 1 < tokens.count {
                        var probe = position + 1
                        while probe < tokens.count && probe < position + 4 && actorAt[probe] < 0 { probe += 1 }
                        if probe < tokens.count && actorAt[probe] >= 0 { sourceActor = actorAt[probe] }
                        break
                    }
                    if tokens[position].has(.clauseStarters) || tokens[position].text == "," { break }
                    position += 1
                }
                guard sourceActor != nil else {
                    _ = subject(of: verbIndex)
                    continue
                }
                targetActor = subject(of: verbIndex)
            } else if isParticiple, verb.entries.contains(where: { Self.isViolence($0.code) }), let agent = reducedPassiveAgent(after: verb) {
                // "people massacred in southern Israel by Hamas": a participle of violence with no auxiliary whose
                // "by" phrase follows is passive too; its agent acts on the noun it describes. (Not every participle:
                // "groups backed by Iran attacked" tells who backs the groups, and the attack is theirs.)
                sourceActor = agent
                targetActor = subject(of: verbIndex)
                if targetActor == agent { targetActor = nil }
            } else {
                sourceActor = subject(of: verbIndex)
                targetActor = object(after: verb.end)
            }
            // Patterns: the most specific one that matches wins.
            var code: VerbCode?
            var blockName = ""
            var matchedPattern = false
            var compoundPattern = false
            var bestWeight = -1
            if verb.entries.contains(where: { !dictionaries.verbs.entries[$0.entry].patterns.isEmpty }) { collectWordForms() }
            for (entry, defaultCode) in verb.entries {
                let block = dictionaries.verbs.entries[entry]
                // A block with a "% *" pattern says its verb can be done by a compound to itself.
                if entry < dictionaries.verbs.compoundBlocks.count && dictionaries.verbs.compoundBlocks[entry] { compoundPattern = true }
                if code == nil {
                    code = defaultCode
                    blockName = block.name
                }
                for pattern in block.patterns where pattern.weight > bestWeight {
                    guard pattern.requiredWords.allSatisfy({ wordForms.contains($0) }), let binding = match(pattern, verb: verb) else { continue }
                    bestWeight = pattern.weight
                    code = pattern.code
                    blockName = block.name
                    matchedPattern = true
                    if let target = binding.target { targetActor = target }
                    if let source = binding.source { sourceActor = source }
                }
            }
            guard let code, code.forward != nil || code.reverse != nil else { continue }
            if group.negated && !options.includeNegated { continue }
            // "urged Eriador to respond": Eriador is the object of "urged", asked to act, not acting.
            if group.infinitive && !passive, let source = sourceActor, isObjectOfEarlierVerb(actors[source]) { continue }
            let sources = members(of: sourceActor)
            var targets = members(of: targetActor)
            if let source = sourceActor, let target = targetActor, actors[source].group == actors[target].group { targets = [] }
            let verbRange = tokens[verb.start].range.lowerBound..<tokens[verb.end - 1].range.upperBound
            var confidence = 0.5 + (matchedPattern ? 0.25 : 0) + (passive ? -0.05 : 0)
            if let targetActor, actors[targetActor].start - verb.end <= 6 { confidence += 0.15 }
            func emit(_ source: ActorMention?, _ target: ActorMention?, _ eventCode: String) {
                if options.requireDyad && (source == nil || target == nil) { return }
                // One code on both sides is an actor acting on itself, unless the code is a bare sector ("GOV") and a
                // named person stands on a side: "Secretary Okafor met President Mensah" are two people, whose countries
                // the sentence does not say.
                if let source, let target, source.code == target.code, !(source.code.count <= 3 && areTwoPeople(source, target)) { return }
                let key = "\(source?.code ?? "")|\(target?.code ?? "")|\(eventCode)"
                guard seen.insert(key).inserted else { return }
                result.append(
                    SentenceEvent(
                        source: source, target: target, code: eventCode, verbRange: verbRange, confidence: min(confidence, 0.95),
                        isNegated: group.negated, verb: blockName))
            }
            if targets.isEmpty && sources.count > 1 && (code.reverse != nil || compoundPattern) {
                // A compound subject with no object acts on itself: "Gondor and Osgiliath postponed their meeting".
                for first in sources {
                    for second in sources where second != first { emit(first, second, code.forward ?? code.reverse ?? "") }
                }
                continue
            }
            if sources.isEmpty || targets.isEmpty {
                if !options.requireDyad, let forward = code.forward {
                    for source in sources { emit(source, nil, forward) }
                    if sources.isEmpty { for target in targets { emit(nil, target, forward) } }
                }
                continue
            }
            for source in sources {
                for target in targets {
                    if let forward = code.forward { emit(source, target, forward) }
                    if let reverse = code.reverse { emit(target, source, reverse) }
                }
            }
        }
        return result
    }

    /// Whether a verb's code is an act of violence (CAMEO 18–20).
    static func isViolence(_ code: VerbCode) -> Bool {
        guard let forward = code.forward ?? code.reverse else { return false }
        return forward.hasPrefix("18") || forward.hasPrefix("19") || forward.hasPrefix("20")
    }

    /// Prepositions of a place or a time that can stand between a participle and its "by" phrase.
    static let settingPrepositions: Set<String> = ["IN", "AT", "NEAR", "ON", "ACROSS", "INSIDE", "ALONG", "DURING", "OUTSIDE"]

    /// The agent of a participle used without an auxiliary ("people massacred in southern Israel by Hamas"): the
    /// actor of a "by" phrase that follows the verb at once or after a phrase of place or time; nil when the verb
    /// has an auxiliary ("has destroyed"), takes an object first ("massacred 20 people by …") or has no such phrase.
    private func reducedPassiveAgent(after verb: FoundVerb) -> Int? {
        if verb.start > 0, tokens[verb.start - 1].has(.auxiliaries) || tokens[verb.start - 1].has(.subjectPronouns) { return nil }
        var position = verb.end
        guard position < tokens.count, tokens[position].text == "BY" || Self.settingPrepositions.contains(tokens[position].text) else {
            return nil
        }
        while position < tokens.count && position < verb.end + 8 {
            let text = tokens[position].text
            if text == "BY" {
                var probe = position + 1
                while probe < tokens.count && probe < position + 4 && actorAt[probe] < 0 { probe += 1 }
                return probe < tokens.count ? (actorAt[probe] >= 0 ? actorAt[probe] : nil) : nil
            }
            if text == "," || tokens[position].has(.clauseStarters) || verbAt[position] >= 0 { return nil }
            position += 1
        }
        return nil
    }

    /// Whether two mentions are different people: one of them is a title with a name, and their words differ.
    private func areTwoPeople(_ first: ActorMention, _ second: ActorMention) -> Bool {
        func found(_ mention: ActorMention) -> FoundActor? { actors.first { tokens[$0.start].range.lowerBound == mention.range.lowerBound } }
        guard found(first)?.namesPerson == true || found(second)?.namesPerson == true else { return false }
        func words(_ mention: ActorMention) -> [String] { tokens.filter { mention.range.contains($0.range.lowerBound) }.map(\.text) }
        return words(first) != words(second)
    }

    /// The mentions of an actor's compound group, as public values (agents without a country
    /// only when the options allow them).
    private func members(of actorIndex: Int?) -> [ActorMention] {
        guard let actorIndex else { return [] }
        let group = actors[actorIndex].group
        return actors.filter { $0.group == group && (options.unattachedAgents || !$0.isAgentOnly) && !$0.code.isEmpty }.map { actor in
            ActorMention(code: actor.code, name: actor.name, range: tokens[actor.start].range.lowerBound..<tokens[actor.end - 1].range.upperBound)
        }
    }

    // MARK: Patterns

    private struct Binding {
        var source: Int?
        var target: Int?
    }

    private func wordMatches(_ token: String, _ word: String) -> Bool {
        if token == word { return true }
        let extra = token.utf8.count - word.utf8.count
        guard extra == 1 || extra == 2, token.hasPrefix(word) else {
            if word.hasSuffix("Y"), token.hasSuffix("IES"), token.dropLast(3) == word.dropLast() { return true }
            return false
        }
        return token.hasSuffix("S")
    }

    /// Where a phrase of words (with nested `&SETS`) matching at `start` ends, or nil.
    private func phraseEnd(_ words: [String], at start: Int, limit: Int, depth: Int = 0) -> Int? {
        var position = start
        for word in words {
            guard position < limit else { return nil }
            if word.hasPrefix("&") {
                guard depth < 3, let end = synsetEnd(word, at: position, limit: limit, depth: depth + 1) else { return nil }
                position = end
            } else {
                guard wordMatches(tokens[position].text, word) else { return nil }
                position += 1
            }
        }
        return position
    }

    private func synsetEnd(_ name: String, at start: Int, limit: Int, depth: Int) -> Int? {
        guard let members = dictionaries.verbs.synsets[name] ?? dictionaries.verbs.synsets[name + "_"] else { return nil }
        var best: Int?
        for member in members {
            if let end = phraseEnd(member, at: start, limit: limit, depth: depth), end > (best ?? start) { best = end }
        }
        return best
    }

    /// Matches one item at exactly `position`; returns where it ends.
    private func itemEnd(_ item: VerbPattern.Item, at position: Int, limit: Int, binding: inout Binding) -> Int? {
        guard position < limit else { return nil }
        switch item.element {
        case .word(let word): return wordMatches(tokens[position].text, word) ? position + 1 : nil
        case .synset(let name): return synsetEnd(name, at: position, limit: limit, depth: 0)
        case .target, .source:
            let actor = actorAt[position]
            guard actor >= 0, actors[actor].start == position || position == 0 || actorAt[position - 1] != actor else { return nil }
            if item.element == .target { binding.target = actor } else { binding.source = actor }
            return actors[actor].end
        case .skip, .compound: return position
        }
    }

    private func match(_ pattern: VerbPattern, verb: FoundVerb) -> Binding? {
        var binding = Binding()
        // After the verb: items in order, gaps allowed unless an item is joined to the one before.
        let limit = clauseEnd(after: verb.end)
        var position = verb.end
        for item in pattern.after {
            if item.element == .compound { continue }
            if item.element == .skip {
                // "^" passes over one noun phrase: an actor starting within three words, else one word.
                var probe = position
                if probe < limit && actorAt[probe] < 0 && tokens[probe].has(.determiners) { probe += 1 }
                position = probe < limit && actorAt[probe] >= 0 ? actors[actorAt[probe]].end : min(position + 1, limit)
                continue
            }
            var found: Int?
            var probe = position
            while probe < limit {
                var trial = binding
                if let end = itemEnd(item, at: probe, limit: limit, binding: &trial) {
                    found = end
                    binding = trial
                    break
                }
                if item.joined { break }
                probe += 1
            }
            guard let end = found else { return nil }
            position = end
        }
        // Before the verb: items matched right to left over the clause.
        let lower = clauseStart(before: verb.start)
        var upper = verb.start
        var joined = pattern.beforeJoinedToVerb
        for item in pattern.before.reversed() {
            if item.element == .skip { continue }
            if item.element == .compound {
                guard let source = subjectIndexForPattern(verb), actors.filter({ $0.group == actors[source].group }).count > 1 else {
                    return nil
                }
                continue
            }
            var found: Int?
            var probe = upper - 1
            while probe >= lower {
                var trial = binding
                if let end = itemEnd(item, at: probe, limit: upper, binding: &trial), end == upper || !joined || end <= upper {
                    if joined && end != upper { break }
                    found = probe
                    binding = trial
                    break
                }
                if joined { break }
                probe -= 1
            }
            guard let start = found else { return nil }
            upper = start
            joined = item.joined
        }
        return binding
    }

    private func subjectIndexForPattern(_ verb: FoundVerb) -> Int? {
        var position = verb.start - 1
        while position >= 0 {
            if actorAt[position] >= 0 { return actorAt[position] }
            if tokens[position].has(.clauseStarters) { return nil }
            position -= 1
        }
        return nil
    }

    private func clauseEnd(after start: Int) -> Int {
        var position = start
        while position < tokens.count && position < start + 20 {
            let text = tokens[position].text
            if text == ";" || text == "." || (position > start && tokens[position].has(.clauseStarters)) { return position }
            position += 1
        }
        return position
    }

    private func clauseStart(before start: Int) -> Int {
        var position = start - 1
        while position >= 0 && start - position <= 12 {
            let text = tokens[position].text
            if text == ";" { return position + 1 }
            position -= 1
        }
        return max(0, position + 1)
    }
}
