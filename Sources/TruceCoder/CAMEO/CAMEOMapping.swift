/// CAMEO event codes mapped to PLOVER event categories and ACLED event types.
public enum CAMEOMapping {
    /// The PLOVER category for a CAMEO code ("190" → "ASSAULT").
    public static func plover(for code: String) -> String? { nil }

    /// The ACLED event type and sub-event type for a CAMEO code.
    public static func acled(for code: String) -> (eventType: String, subEventType: String)? { nil }
}
