/// Shooting down drones or missiles is a defence, not an attack: "air defences shot down 38 of 45 drones launched by
/// Russia" tells that Russia struck, with drones, at the side whose defences fired. The act coded is the launcher's,
/// at the defender; the defender's firing is no act of its own against anyone.
extension ArticleCoding {
    /// Weapons that are shot down or intercepted.
    private static let interceptedWeapons: Set<String> = [
        "drone", "drones", "uav", "uavs", "missile", "missiles", "rocket", "rockets", "projectile", "projectiles", "shahed",
        "shaheds",
    ]

    /// Whether the verb at `verbRange` shoots down or intercepts weapons ("shot down 38 of 45 drones", "intercepted
    /// most of the missiles", "downed two drones"): the weapon within six words after it, in its clause.
    static func intercepts(verbRange: Range<Int>, words: [CasualtyWords.Word]) -> Bool {
        guard let verb = words.firstIndex(where: { $0.range.lowerBound >= verbRange.lowerBound }) else { return false }
        var next = verb + 1
        switch words[verb].text {
        case "shot", "shoot", "shoots", "shooting":
            guard next < words.count, words[next].text == "down" else { return false }
            next += 1
        case "downed", "intercepted", "intercept", "intercepts", "intercepting": break
        default: return false
        }
        return interceptedWeapon(words, from: next) != nil
    }

    /// The index of the first weapon that can be intercepted within six words from `start`, none across punctuation.
    private static func interceptedWeapon(_ words: [CasualtyWords.Word], from start: Int) -> Int? {
        var index = start
        while index < words.count, index - start < 6 {
            if index > start, words[index].punctuatedBefore { return nil }
            if interceptedWeapons.contains(words[index].text) { return index }
            index += 1
        }
        return nil
    }

    /// The launcher of the intercepted weapons: the actor a "by" or "from" names within four words after the weapon
    /// ("drones launched by Russia", "missiles fired from Yemen by the Houthis"); nil when none is named.
    static func launcher(verbRange: Range<Int>, words: [CasualtyWords.Word], actors: [ActorMention]) -> ActorMention? {
        guard let verb = words.firstIndex(where: { $0.range.lowerBound >= verbRange.lowerBound }),
            let weapon = interceptedWeapon(words, from: verb + 1)
        else { return nil }
        let limit = min(words.count, weapon + 5)
        guard let marker = words[(weapon + 1)..<limit].first(where: { $0.text == "by" || $0.text == "from" }) else { return nil }
        return actors.first { $0.range.lowerBound >= marker.range.upperBound && $0.range.lowerBound - marker.range.upperBound <= 8 }
    }

    /// The code of an attack by the intercepted weapons: drones fly (an air or drone strike); missiles, rockets and
    /// projectiles are fired (a missile attack).
    static func interceptedAttackCode(verbRange: Range<Int>, words: [CasualtyWords.Word]) -> String {
        guard let verb = words.firstIndex(where: { $0.range.lowerBound >= verbRange.lowerBound }),
            let weapon = interceptedWeapon(words, from: verb + 1)
        else { return EventKinds.airStrike }
        return ["drone", "drones", "uav", "uavs", "shahed", "shaheds"].contains(words[weapon].text) ? EventKinds.airStrike : EventKinds.shelling
    }
}
