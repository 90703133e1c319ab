/// Reads who did what to whom in one sentence, word by word (`RoleWords`), and gives each act's role
/// features: its agent's party, its patient's party, the two together, and the two with the kind of act.
///
/// Word order stands in for a parse: in the active voice the agent is the party named before the act
/// (the sentence's first agent, for later acts of the same sentence: "gunmen attacked a post and killed
/// three gendarmes") and the patient the first party after it; in the passive ("a vendor was shot dead by
/// the police") the patient comes before and the agent after "by". A party not named is party 0, so
/// "civilians were killed" still says its patient was civilians. The model weighs these features like any
/// other: they state a boundary (were those hit armed? did the crowd damage?) without deciding it.
struct RoleTracker {
    private var lastParty = 0
    private var previousWasPassive = false
    private var sentenceAgent: Int?
    private var act: RoleWords.Act?
    private var passive = false
    private var agent = 0
    private var patient = 0
    private var sawBy = false
    private var partySinceAct = false

    /// Takes the next word's role (nil for a word with none); `emit` receives the features of an act once
    /// its roles are known.
    mutating func word(_ role: RoleWords.Role?, emit: (UInt64) -> Void) {
        defer { previousWasPassive = role == .passive }
        guard let role else { return }
        switch role {
        case .party(let party):
            if act != nil {
                partySinceAct = true
                if passive {
                    if sawBy && agent == 0 { agent = party.rawValue }
                } else if patient == 0 {
                    patient = party.rawValue
                }
            }
            lastParty = party.rawValue
        case .act(let kind):
            if act != nil {
                // "shoots and kills a student": one act told twice, whose roles are still to come.
                if !partySinceAct {
                    act = kind
                    passive = passive || previousWasPassive
                    return
                }
                flush(emit: emit)
            }
            act = kind
            passive = previousWasPassive
            sawBy = false
            partySinceAct = false
            if passive {
                patient = lastParty
                agent = 0
            } else {
                agent = sentenceAgent ?? lastParty
                patient = 0
            }
        case .passive:
            break
        case .agentMarker:
            if act != nil { sawBy = true }
        }
    }

    /// Ends the sentence: the last act's features, and a fresh start.
    mutating func endSentence(emit: (UInt64) -> Void) {
        flush(emit: emit)
        self = RoleTracker()
    }

    private mutating func flush(emit: (UInt64) -> Void) {
        guard let kind = act else { return }
        if sentenceAgent == nil && agent != 0 { sentenceAgent = agent }
        let seed = TextFeatures.seedRole
        emit(TextFeatures.finish(seed &+ UInt64(agent)))
        emit(TextFeatures.finish(seed &+ 16 &+ UInt64(patient)))
        emit(TextFeatures.finish(seed &+ 32 &+ UInt64(agent * 4 + patient)))
        emit(TextFeatures.finish(seed &+ 64 &+ UInt64(kind.rawValue * 16 + agent * 4 + patient)))
        act = nil
    }
}
