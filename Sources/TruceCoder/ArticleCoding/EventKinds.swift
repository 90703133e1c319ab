/// The CAMEO codes the article coder gives an event it builds itself, when the
/// sentence coder found no verb pattern but the casualty words clearly report
/// violence or a detention, and the PLOVER and ACLED names of the codes it uses.
enum EventKinds {
    /// CAMEO 173: arrest, detain.
    static let detention = "173"
    /// CAMEO 171: seize or damage property.
    static let seizure = "171"
    /// CAMEO 181: abduct, hijack, take hostage.
    static let abduction = "181"
    /// CAMEO 190: use conventional military force (fighting, killing, unspecified).
    static let fighting = "190"
    /// CAMEO 195: employ aerial weapons.
    static let airStrike = "195"
    /// CAMEO 183: bombing (IEDs, suicide and car bombs).
    static let bombing = "183"
    /// CAMEO 194: fight with artillery and tanks.
    static let shelling = "194"
    /// CAMEO 180: use unconventional violence against people (killing civilians).
    static let violence = "180"

    /// PLOVER for the codes above, used when the CAMEO mapping has none.
    static func plover(for code: String) -> String? {
        switch code.prefix(2) {
        case "17": return code.hasPrefix("173") ? "ARREST" : "COERCE"
        case "18", "19", "20": return "ASSAULT"
        default: return nil
        }
    }

    /// ACLED event and sub-event type for the codes above, used when the CAMEO mapping has none.
    static func acled(for code: String, civilians: Bool) -> (eventType: String, subEventType: String)? {
        if code.hasPrefix("173") { return ("Strategic developments", "Arrests") }
        if code.hasPrefix("195") { return ("Explosions/Remote violence", "Air/drone strike") }
        if code.hasPrefix("183") { return ("Explosions/Remote violence", "Remote explosive/landmine/IED") }
        if code.hasPrefix("194") { return ("Explosions/Remote violence", "Shelling/artillery/missile attack") }
        if code.hasPrefix("18") || (code.hasPrefix("19") && civilians) { return ("Violence against civilians", "Attack") }
        if code.hasPrefix("19") { return ("Battles", "Armed clash") }
        return nil
    }

    /// Whether a code is an act of violence, which fatalities belong to.
    static func isViolent(_ code: String) -> Bool { code.hasPrefix("18") || code.hasPrefix("19") || code.hasPrefix("20") || code.hasPrefix("145") }
    /// Whether a code is an arrest or detention, which a count of people held belongs to.
    static func isDetention(_ code: String) -> Bool { code.hasPrefix("173") || code.hasPrefix("1711") || code.hasPrefix("181") }
}
