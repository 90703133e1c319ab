public import TruceModel

/// A CAMEO root category (the first two digits of an event code) and the ACLED
/// event type Truce files it under, so that agreement scopes written with ACLED's
/// types (`event_types: [Battles]`) also match GDELT events.
///
/// | root | CAMEO name | ACLED event type | disorder type |
/// |------|------------|------------------|---------------|
/// | 01–13 | statements, appeals, intents, consultations, diplomatic and material cooperation, aid, yielding, investigations, demands, disapproval, rejection, threats | Strategic developments | Strategic developments |
/// | 14 | Protest | Protests | Demonstrations |
/// | 15 | Exhibit force posture | Strategic developments | Strategic developments |
/// | 16 | Reduce relations | Strategic developments | Strategic developments |
/// | 17 | Coerce | Strategic developments | Strategic developments |
/// | 18 | Assault | Battles | Political violence |
/// | 19 | Fight | Battles | Political violence |
/// | 20 | Use unconventional mass violence | Battles | Political violence |
///
/// Why: ACLED codes only physical violence as Battles (and Explosions, Violence against
/// civilians) and files everything else a monitor needs to know (agreements, arrests,
/// troop movements, threats) under its catch-all "Strategic developments". CAMEO 18–20
/// are the violent roots; GDELT cannot tell a battle from an attack on civilians or an
/// explosion reliably, so all three are Battles — an assault on a civilian target
/// included. CAMEO 14 covers protests of every kind (riots, CAMEO 145, too). The
/// remaining roots are what ACLED would call strategic developments at most; a scope
/// that should not count GDELT's statements and meetings can name the CAMEO code, which
/// every GDELT event keeps (`EventType.cameo`) with its root name as `subEvent`.
public struct CAMEORoot: Hashable, Sendable {
    /// The root as a number, 1–20.
    public let code: Int
    /// CAMEO's name for the root, e.g. "Fight".
    public let name: String
    /// The ACLED event type it is filed under.
    public let acledEventType: String
    /// The ACLED disorder type of that event type.
    public let disorder: String

    /// The root of a CAMEO event code such as `"042"` or `"1831"`, or `nil` when the
    /// code's first two digits are not a root (01–20).
    public init?(eventCode: some StringProtocol) {
        let digits = Array(eventCode.utf8.prefix(2))
        guard digits.count == 2, let code = Self.code(digits[0], digits[1]) else { return nil }
        self = Self.all[code - 1]
    }

    /// The root numbered `code` (1–20), or `nil`.
    public init?(code: Int) {
        guard (1...20).contains(code) else { return nil }
        self = Self.all[code - 1]
    }

    private init(_ code: Int, _ name: String, _ acledEventType: String, _ disorder: String) {
        self.code = code
        self.name = name
        self.acledEventType = acledEventType
        self.disorder = disorder
    }

    /// The event type of a GDELT event with this root and the full CAMEO `eventCode`.
    public func eventType(eventCode: String) -> EventType {
        EventType(disorder: disorder, event: acledEventType, subEvent: name, cameo: eventCode)
    }

    /// The root number in two ASCII digits, or `nil` when they are not 01–20.
    @inline(__always)
    static func code(_ tens: UInt8, _ units: UInt8) -> Int? {
        let high = Int(tens) &- 0x30
        let low = Int(units) &- 0x30
        guard (0...9).contains(high), (0...9).contains(low) else { return nil }
        let code = high * 10 + low
        return (1...20).contains(code) ? code : nil
    }

    private static let strategic = "Strategic developments"
    private static let violence = "Political violence"

    /// All twenty roots, in order: the table above.
    public static let all: [CAMEORoot] = [
        CAMEORoot(1, "Make public statement", strategic, strategic),
        CAMEORoot(2, "Appeal", strategic, strategic),
        CAMEORoot(3, "Express intent to cooperate", strategic, strategic),
        CAMEORoot(4, "Consult", strategic, strategic),
        CAMEORoot(5, "Engage in diplomatic cooperation", strategic, strategic),
        CAMEORoot(6, "Engage in material cooperation", strategic, strategic),
        CAMEORoot(7, "Provide aid", strategic, strategic),
        CAMEORoot(8, "Yield", strategic, strategic),
        CAMEORoot(9, "Investigate", strategic, strategic),
        CAMEORoot(10, "Demand", strategic, strategic),
        CAMEORoot(11, "Disapprove", strategic, strategic),
        CAMEORoot(12, "Reject", strategic, strategic),
        CAMEORoot(13, "Threaten", strategic, strategic),
        CAMEORoot(14, "Protest", "Protests", "Demonstrations"),
        CAMEORoot(15, "Exhibit force posture", strategic, strategic),
        CAMEORoot(16, "Reduce relations", strategic, strategic),
        CAMEORoot(17, "Coerce", strategic, strategic),
        CAMEORoot(18, "Assault", "Battles", violence),
        CAMEORoot(19, "Fight", "Battles", violence),
        CAMEORoot(20, "Use unconventional mass violence", "Battles", violence),
    ]
}
