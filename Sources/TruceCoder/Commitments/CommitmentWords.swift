import TruceModel

/// The words that state a commitment in English: a modal or a verb of undertaking before an act,
/// and the verbs of the acts agreements commit parties to.
enum CommitmentWords {
    /// Modals that put an act in the future as owed: "the US will reduce", "prisoners shall be released".
    static let modals: Set<String> = ["will", "shall", "must"]

    /// Modals that recommend an act without undertaking it: "the Taliban should release", "ought to withdraw".
    static let recommendations: Set<String> = ["should", "ought"]

    /// Verbs of undertaking that take "to" and an act ("agreed to release", "committed to withdrawing").
    /// "Promised" is a weaker word than "agreed" only in tone; all state an undertaking.
    static let undertakings: Set<String> = [
        "agree", "agrees", "agreed", "commit", "commits", "committed", "pledge", "pledges", "pledged", "promise", "promises",
        "promised", "undertake", "undertakes", "undertook", "vow", "vows", "vowed", "guarantee", "guarantees", "guaranteed",
    ]

    /// Verbs that put an act on someone named after them: "the agreement commits both sides to withdraw", "obliges
    /// Israel to release"; the one named owes it.
    static let objectUndertakings: Set<String> = [
        "commit", "commits", "committed", "oblige", "obliges", "obliged", "obligate", "obligates", "obligated", "require", "requires",
        "required", "bind", "binds",
    ]

    /// Verbs that ask an act of someone named after them, which nobody has undertaken: "urged the parties to allow
    /// access", "called on both sides to release".
    static let objectRecommendations: Set<String> = ["urge", "urges", "urged", "urging", "call", "calls", "called", "calling"]

    /// The forms of "be" that make "is to" an obligation ("the talks are to begin on 10 March").
    static let beForms: Set<String> = ["is", "are", "was", "were"]

    /// Words of binding force: a text that says "shall", "must" or "agreed" binds; "will" may only predict.
    static let binding: Set<String> = [
        "shall", "must", "agree", "agrees", "agreed", "commit", "commits", "committed", "undertake", "undertakes", "undertook",
        "guarantee", "guarantees", "guaranteed", "oblige", "obliges", "obliged", "obligate", "obligates", "obligated", "require",
        "requires", "required", "bind", "binds",
    ]

    /// Words that may stand between the modal and the act without changing it.
    static let adverbs: Set<String> = [
        "also", "immediately", "fully", "gradually", "then", "further", "now", "jointly", "each", "both", "soon", "promptly",
        "completely", "progressively", "swiftly", "quickly", "first", "only", "in", "turn", "to", "be", "have", "been",
    ]

    /// Words that make the act owed a prohibition.
    static let negations: Set<String> = ["not", "never"]

    /// What an act verb owes, by any of its forms; `inverted` marks verbs that owe the opposite
    /// of allowing ("prevent", "deny": "prevent any group from using Afghan soil" = not allow it).
    struct Act {
        var act: CommitmentAct
        var inverted: Bool = false
        /// When set, the act holds only when one of these words follows within a few words
        /// ("reduce its forces" withdraws; "reduce violence" reduces violence).
        var needs: Set<String>? = nil
        /// When set, one of these words must be near as well ("take effect" starts a truce only when a truce is named).
        var alsoNeeds: Set<String>? = nil
    }

    /// Words that make "is … to" a schedule the deal sets: "is due to take effect", "are set to resume".
    static let scheduled: Set<String> = ["due", "set", "scheduled"]

    static let troopWords: Set<String> = [
        "forces", "force", "troops", "troop", "presence", "personnel", "soldiers", "contingent", "military", "bases", "fighters",
    ]
    static let violenceWords: Set<String> = ["violence", "attacks", "hostilities", "fighting"]
    static let talkWords: Set<String> = ["talks", "negotiations", "dialogue", "negotiation", "consultations"]
    static let truceWords: Set<String> = ["ceasefire", "cease-fire", "truce", "armistice", "fire"]
    static let aidWords: Set<String> = ["aid", "assistance", "relief", "humanitarian", "supplies", "food", "fuel"]
    static let prisonerWords: Set<String> = ["prisoners", "prisoner", "detainees", "hostages", "captives", "detainee", "hostage"]

    /// Several verbs mean different acts by what follows ("reduce forces", "reduce violence"); the
    /// first reading whose words follow wins.
    static let verbs: [String: [Act]] = {
        var table: [String: [Act]] = [:]
        func add(_ forms: [String], _ acts: [Act]) { for form in forms { table[form, default: []] += acts } }
        add(["withdraw", "withdrawing", "withdrawn", "withdrew"], [Act(act: .withdraw)])
        // "pull its fighters north of the river": pulling armed men anywhere is withdrawing them.
        add(["pull", "pulling", "pulled"], [Act(act: .withdraw, needs: troopWords.union(["out", "back"]))])
        add(["draw", "drawing", "drawn"], [Act(act: .withdraw, needs: ["down"])])
        add(["leave", "leaving", "left"], [Act(act: .withdraw, needs: ["afghanistan", "country", "territory", "region", "area"])])
        add(
            ["reduce", "reducing", "reduced", "cut", "cutting", "lower", "lowering", "lowered"],
            [Act(act: .withdraw, needs: troopWords), Act(act: .reduceViolence, needs: violenceWords)])
        add(["remove", "removing", "removed", "shrink", "shrinking"], [Act(act: .withdraw, needs: troopWords)])
        add(["release", "releasing", "released", "free", "freeing", "freed"], [Act(act: .release)])
        add(["exchange", "exchanging", "exchanged", "swap", "swapping"], [Act(act: .release, needs: prisonerWords)])
        add(["negotiate", "negotiating", "negotiated"], [Act(act: .negotiate)])
        add(
            [
                "begin", "beginning", "begun", "start", "starting", "started", "hold", "holding", "held", "open", "opening", "opened", "enter",
                "entering", "entered", "resume", "resuming", "resumed", "join", "joining",
            ],
            [Act(act: .negotiate, needs: talkWords)])
        add(
            ["cease", "ceasing", "ceased", "stop", "stopping", "stopped", "halt", "halting", "halted", "end", "ending", "ended"],
            [Act(act: .ceaseFire, needs: violenceWords.union(truceWords).union(["fighting", "firing", "shelling", "war", "offensive"]))])
        add(
            [
                "observe", "observing", "observed", "respect", "respecting", "respected", "abide", "abiding", "honor", "honour", "uphold",
                "upholding", "maintain", "maintaining", "declare", "declaring", "declared", "implement", "implementing",
            ],
            [Act(act: .ceaseFire, needs: truceWords)])
        add(
            [
                "attack", "attacking", "attacked", "strike", "striking", "struck", "target", "targeting", "targeted", "fight", "fighting",
                "shell", "shelling", "shelled", "bomb", "bombing", "bombed",
            ],
            [Act(act: .attack)])
        add(["launch", "launching", "launched", "carry", "carrying", "conduct", "conducting"], [Act(act: .attack, needs: violenceWords)])
        add(
            [
                "allow", "allowing", "allowed", "permit", "permitting", "permitted", "let", "host", "hosting", "harbor", "harboring",
                "harbour", "harbouring", "tolerate", "tolerating",
            ],
            [Act(act: .provideAid, needs: aidWords), Act(act: .allow)])
        add(["prevent", "preventing", "prevented", "deny", "denying", "denied"], [Act(act: .allow, inverted: true)])
        add(
            ["provide", "providing", "provided", "deliver", "delivering", "delivered", "send", "sending", "sent"],
            [Act(act: .provideAid, needs: aidWords)])
        add(["disarm", "disarming", "disarmed", "demobilize", "demobilise", "demobilizing", "demobilising", "demobilized"], [Act(act: .disarm)])
        add(["lay", "laying", "laid"], [Act(act: .disarm, needs: ["arms", "weapons", "down"])])
        // The act told as a noun after "agreed to", "committed to": "agreed to a ceasefire".
        add(["ceasefire", "cease-fire", "truce", "armistice"], [Act(act: .ceaseFire)])
        // "The truce is due to take effect on Monday": a truce that takes effect starts the ceasefire.
        add(["take", "takes", "taking", "took"], [Act(act: .ceaseFire, needs: ["effect"], alsoNeeds: truceWords)])
        add(["withdrawal", "drawdown", "pullout"], [Act(act: .withdraw)])
        add(["talks", "negotiations", "dialogue"], [Act(act: .negotiate)])
        return table
    }()

    /// Past participles that follow "be" in a passive commitment ("prisoners will be released").
    static func isParticiple(_ word: String) -> Bool {
        word.hasSuffix("ed") || ["freed", "held", "begun", "left", "let", "cut", "withdrawn", "drawn", "struck", "sent", "laid"].contains(word)
    }
}
