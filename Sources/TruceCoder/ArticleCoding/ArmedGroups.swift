/// Tells armed groups from state forces and people by their CAMEO actor code.
enum ArmedGroups {
    /// CAMEO codes of non-state armed actors: insurgents, rebels, militias, terrorist groups.
    static let roleCodes: Set<String> = ["INS", "REB", "UAF", "SEP", "MIL_NONSTATE", "TER", "RAD"]

    /// An actor that names no one in particular: missing, or a bare role code ("INS", "REB") as for "insurgents".
    static func isGeneric(_ actor: ActorMention?) -> Bool {
        guard let actor else { return true }
        return actor.code.count <= 3 || actor.name.first.map { !$0.isUppercase } ?? true
    }

    static func isArmedGroup(code: String) -> Bool {
        // Codes are built from three-letter parts ("AFGINS", "IMGMUSTAL", "PAKREB").
        var index = code.startIndex
        while code.distance(from: index, to: code.endIndex) >= 3 {
            let end = code.index(index, offsetBy: 3)
            if roleCodes.contains(String(code[index..<end])) { return true }
            index = end
        }
        return code.hasPrefix("IMG") || code.hasPrefix("NGM")
    }
}
