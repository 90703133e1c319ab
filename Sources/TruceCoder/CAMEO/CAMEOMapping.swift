/// CAMEO event codes mapped to PLOVER event categories and ACLED event and sub-event types.
///
/// Both maps are prefix tables: the longest listed prefix of a code decides ("1951" finds
/// "195", "0331" finds "03"). The tables follow the public CAMEO, PLOVER and ACLED codebooks;
/// where an ACLED type depends on who the actors are (a "Battle" needs two armed sides),
/// the usual reading of the CAMEO code is taken and the reviewer corrects it.
public enum CAMEOMapping {
    /// The PLOVER category for a CAMEO code ("190" → "ASSAULT"); nil when PLOVER has none
    /// (plain statements, investigations).
    public static func plover(for code: String) -> String? {
        lookup(code, in: ploverTable)
    }

    /// The ACLED event type and sub-event type for a CAMEO code; nil for verbal and
    /// cooperative acts ACLED does not record.
    public static func acled(for code: String) -> (eventType: String, subEventType: String)? {
        guard let pair = lookup(code, in: acledTable) else { return nil }
        return (pair.0, pair.1)
    }

    private static func lookup<Value>(_ code: String, in table: [String: Value]) -> Value? {
        var key = Substring(code.filter { $0.isNumber })
        while key.count >= 2 {
            if let value = table[String(key)] { return value }
            key = key.dropLast()
        }
        return nil
    }

    private static let ploverTable: [String: String] = [
        "015": "CONCEDE",  // acknowledge or claim responsibility
        "016": "REJECT",  // deny responsibility
        "018": "SUPPORT",  // empathetic comment
        "019": "AGREE",  // express accord
        "02": "REQUEST",
        "03": "AGREE",  // intent to cooperate: promises and pledges
        "04": "CONSULT",
        "05": "SUPPORT",
        "057": "AGREE",  // sign formal agreement
        "06": "COOPERATE",
        "07": "AID",
        "08": "CONCEDE",
        "087": "RETREAT",  // de-escalate: ceasefire, withdraw, demobilise
        "10": "REQUEST",  // demands
        "11": "ACCUSE",
        "12": "REJECT",
        "13": "THREATEN",
        "14": "PROTEST",
        "15": "MOBILIZE",
        "16": "SANCTION",
        "17": "COERCE",
        "18": "ASSAULT",
        "19": "ASSAULT",
        "20": "ASSAULT",
    ]

    private static let battles = "Battles"
    private static let remote = "Explosions/Remote violence"
    private static let civilians = "Violence against civilians"
    private static let strategic = "Strategic developments"
    private static let protests = "Protests"
    private static let riots = "Riots"

    private static let acledTable: [String: (String, String)] = [
        // Agreements, ceasefires, withdrawals.
        "057": (strategic, "Agreement"),
        "0871": (strategic, "Agreement"),  // declare truce, ceasefire
        "0874": (strategic, "Non-violent transfer of territory"),  // retreat or surrender militarily
        "084": (strategic, "Other"),  // return, release persons or property
        // Protests.
        "14": (protests, "Peaceful protest"),
        "145": (riots, "Violent demonstration"),  // protest violently, riot
        // Force posture and restrictions.
        "15": (strategic, "Change to group/activity"),
        "17": (strategic, "Other"),
        "171": (strategic, "Looting/property destruction"),  // seize or damage property, confiscate, destroy
        "173": (strategic, "Arrests"),  // arrest, detain
        "175": (civilians, "Attack"),  // violent repression
        // Assault.
        "18": (civilians, "Attack"),
        "181": (civilians, "Abduction/forced disappearance"),  // abduct, hijack, take hostage
        "1821": (civilians, "Sexual violence"),
        "183": (remote, "Remote explosive/landmine/IED"),  // non-military bombing
        "1831": (remote, "Suicide bomb"),
        // Fight.
        "19": (battles, "Armed clash"),
        "191": (strategic, "Other"),  // impose blockade, restrict movement
        "194": (remote, "Shelling/artillery/missile attack"),  // artillery and tanks
        "195": (remote, "Air/drone strike"),  // aerial weapons, precision-guided, remotely piloted
        // Unconventional mass violence.
        "20": (civilians, "Attack"),
        "201": (strategic, "Other"),  // mass expulsion
        "204": (remote, "Shelling/artillery/missile attack"),
        "2041": (remote, "Chemical weapon"),
    ]
}
