/// Tells armed groups from state forces and people by their CAMEO actor code.
enum ArmedGroups {
    /// CAMEO codes of non-state armed actors: insurgents, rebels, militias, terrorist groups.
    static let roleCodes: Set<String> = ["INS", "REB", "UAF", "SEP", "MIL_NONSTATE", "TER", "RAD"]

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
