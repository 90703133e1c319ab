import TruceModel

/// What one event's sentence says about whether the event retells another of the article.
struct RetellingClues {
    /// Its people were named before ("the suspects were detained").
    var refersBack: Bool
    /// The sentence says its people are new ("two additional suspects").
    var additional: Bool
    /// The sentence tells of another operation ("in a separate operation").
    var separateOperation: Bool
    /// Its count is only a floor ("numerous", "more than 10", "suspected insurgents").
    var isFloor: Bool
    /// It counts one person named as known ("the planner and one additional suspect", "including the facilitator").
    var countsKnownPerson: Bool
    /// The sentence names someone as already known ("the commander").
    var namesKnownPerson: Bool
    /// Who its people are, as far as the words say (insurgents, civilians, security forces).
    var victims: Set<Victims>
    /// The sentence names its region, rather than taking the story's.
    var namesRegion: Bool
    /// The regions (admin1) the sentence names: a lead that sums up operations "in Khost and Paktia provinces" is
    /// told again, part by part, in each of them.
    var regions: Set<String> = []

    /// The clues for each of one sentence's events.
    static func of(
        _ events: [CodedEvent], casualties: CasualtyReport, words: [CasualtyWords.Word], sentence: ArticleCoding.Sentence
    ) -> [RetellingClues] {
        guard !events.isEmpty else { return [] }
        let separateOperation = tellsOfSeparateOperation(words)
        let regions = Set(sentence.places.compactMap(\.admin1))
        let namesRegion = !regions.isEmpty
        let includesKnown = includesKnownPerson(words)
        let knownPerson = namesKnownPerson(words)
        return events.map { event in
            let held = event.detained != nil
            let people = held ? casualties.detained : casualties.killed
            return RetellingClues(
                refersBack: held ? casualties.detainedRefersBack : casualties.killedRefersBack,
                additional: held ? casualties.detainedIsAdditional : casualties.killedIsAdditional,
                separateOperation: separateOperation,
                isFloor: !people.isEmpty && people.allSatisfy { $0.high == nil && !$0.isNone },
                countsKnownPerson: people.contains { $0.refersBack && !$0.isPronoun && $0.best == 1 } || includesKnown,
                namesKnownPerson: knownPerson, victims: Set(people.map(\.victims)).subtracting([.unknown]), namesRegion: namesRegion,
                regions: regions)
        }
    }

    /// Whether a sentence tells of an operation other than the one told so far: "in a separate
    /// operation", "another operation", "a second raid".
    static func tellsOfSeparateOperation(_ words: [CasualtyWords.Word]) -> Bool {
        for (index, word) in words.enumerated() {
            if word.text == "separate" || word.text == "separately" { return true }
            guard word.text == "another" || word.text == "second" || word.text == "third", index + 1 < words.count else { continue }
            if operationNouns.contains(words[index + 1].text) { return true }
        }
        return false
    }

    /// Whether a sentence names a person as already known: "the commander", "the Taliban leader".
    static func namesKnownPerson(_ words: [CasualtyWords.Word]) -> Bool {
        for (index, word) in words.enumerated() where word.text == "the" {
            for next in words[(index + 1)..<min(words.count, index + 4)] where CasualtyWords.personNouns.contains(next.text) {
                return true
            }
        }
        return false
    }

    /// "Several individuals were detained, including the facilitator", "detained two insurgents, one of whom was
    /// the target": the count holds someone already told.
    static func includesKnownPerson(_ words: [CasualtyWords.Word]) -> Bool {
        for index in words.indices.dropLast() {
            let next = words[index + 1].text
            switch words[index].text {
            case "including" where next == "the": return true
            case "whom" where index > 1 && words[index - 1].text == "of" && (words[index - 2].text == "one" || words[index - 2].text == "among"):
                return true
            case "among" where next == "them" || next == "whom": return true
            default: continue
            }
        }
        return false
    }

    static let operationNouns: Set<String> = [
        "operation", "operations", "raid", "raids", "search", "strike", "incident", "engagement", "mission", "attack", "clash",
    ]
}

extension ArticleCoding {
    /// Marks events that retell an earlier one of the article (same kind, day, region and modality):
    /// - people named as already known ("the suspects were detained") or the same count again;
    /// - a detail that fits within an earlier summary: news leads with the total ("detained a leader and
    ///   one suspect") and then tells its parts ("the leader was detained … detained one suspect"), so a
    ///   later count is part of the earliest earlier count with room left for it, unless its sentence
    ///   speaks of a separate operation.
    mutating func markRepeats() {
        func kind(_ event: CodedEvent) -> Int? {
            if event.detained != nil { return 0 }
            if event.fatalities.best != nil || event.fatalities.low != nil { return 1 }
            return nil
        }
        func count(_ event: CodedEvent) -> Int? { event.detained ?? event.fatalities.best ?? event.fatalities.low }
        // How many people each event's count still has room for, once its retellings are taken off.
        var room = result.events.map { count($0) ?? 0 }
        // The parts each summary was found to be made of.
        var absorbed: [Int: [Int]] = [:]
        for index in result.events.indices {
            let event = result.events[index]
            guard let eventKind = kind(event), !clues[index].separateOperation else { continue }
            // Look back a bounded number of events, so a huge article stays linear.
            let window = max(0, index - 64)..<index
            let events = result.events
            func sameStory(_ other: Int) -> Bool {
                let candidate = events[other]
                // A sentence that names no region is where the story is, whatever region the story last mentioned.
                // Civilians killed do not retell insurgents killed: different people, whatever the counts.
                let samePeople =
                    clues[other].victims.isEmpty || clues[index].victims.isEmpty
                    || !clues[other].victims.isDisjoint(with: clues[index].victims)
                return candidate.repeats == nil && kind(candidate) == eventKind && candidate.date == event.date && samePeople
                    && (candidate.location.admin1 == event.location.admin1 || !clues[index].namesRegion
                        || clues[other].regions.count > 1 && event.location.admin1.map(clues[other].regions.contains) == true)
                    && candidate.modality == event.modality
            }
            let eventCount = count(event) ?? 0
            var earlier: Int?
            if !clues[index].additional {
                earlier = window.last { other in
                    // "Several other insurgents were killed … the commander was killed": people told as others than
                    // someone are not who a later "the commander" refers back to.
                    // Nor can a retelling hold more people than the event it retells ("killed four … killing all 11").
                    sameStory(other)
                        && (clues[index].refersBack && !clues[other].additional && count(events[other]) ?? 0 >= eventCount
                            || count(events[other]) == count(event))
                }
            }
            if earlier == nil, eventCount > 0 {
                // "Additional" people are more than someone else. They are within a summary once its parts are being
                // told ("detained a leader and one suspect … The leader was detained … An additional suspect was
                // detained") or when the sentence names that someone ("the commander and three additional suspects
                // were detained"), not when the summary itself is all that was told ("captured two facilitators …
                // One additional suspect was detained").
                earlier = window.first { other in
                    sameStory(other) && events[other].span.start < event.span.start && room[other] >= eventCount
                        && !(clues[index].refersBack && clues[other].additional)
                        && (!clues[index].additional || room[other] < count(events[other]) ?? 0
                            || clues[index].namesKnownPerson && eventCount < count(events[other]) ?? 0)
                }
            }
            guard let earlier else {
                // A summary that is only a floor ("killing numerous insurgents", "detained several suspects") and
                // that a later count outgrows ("killing more than 10", "detained four suspects") retells it: the
                // parts are counted, the summary is not. Likewise a later count that names the lead's person as
                // known and more besides ("captured a planner … detained the planner and one additional suspect").
                if !clues[index].additional || clues[index].countsKnownPerson, eventCount > 0,
                    let lead = window.first(where: { other in
                        sameStory(other) && room[other] < eventCount && (clues[other].isFloor || clues[index].countsKnownPerson)
                    })
                {
                    result.events[lead].repeats = index
                    for part in absorbed[lead, default: []] { result.events[part].repeats = nil }
                    room[lead] = 0
                }
                continue
            }
            result.events[index].repeats = earlier
            absorbed[earlier, default: []].append(index)
            room[earlier] = max(0, room[earlier] - eventCount)
        }
    }

    /// "Identified multiple armed insurgents … killed the insurgents": a definite plural counts the people
    /// the article last numbered with the same noun, not merely "more than one".
    func resolveDefinitePlurals(_ casualties: inout CasualtyReport, words: [CasualtyWords.Word]) {
        guard !countedNouns.isEmpty else { return }
        func resolve(_ list: inout [Casualty]) {
            for index in list.indices where list[index].refersBack && list[index].best == nil && list[index].low == 2 {
                let range = list[index].range
                guard let noun = words.first(where: { range.contains($0.range.lowerBound) && CasualtyWords.pluralPersonNouns.contains($0.text) }),
                    let count = countedNouns[noun.text]
                else { continue }
                list[index].low = count
                list[index].best = count
            }
        }
        resolve(&casualties.killed)
        resolve(&casualties.detained)
    }

    /// Notes each number followed closely by a plural noun of people: "two suspected insurgents".
    mutating func rememberCounts(_ numbers: [NumberMention], words: [CasualtyWords.Word]) {
        for number in numbers {
            let value = number.best ?? number.low
            guard let value, value >= 2, let first = words.firstIndex(where: { $0.range.lowerBound >= number.range.upperBound }) else { continue }
            for word in words[first..<min(words.count, first + 3)] {
                if word.punctuatedBefore { break }
                if CasualtyWords.pluralPersonNouns.contains(word.text) {
                    countedNouns[word.text] = value
                    break
                }
            }
        }
    }
}
