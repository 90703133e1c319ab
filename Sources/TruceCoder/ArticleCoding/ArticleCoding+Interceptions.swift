/// Shooting down drones or missiles is a defence, not an attack: "air defences shot down 38 of 45 drones launched by
/// Russia" tells that Russia struck, with drones, at the side whose defences fired. The act coded is the launcher's,
/// at the defender; the defender's firing is no act of its own against anyone.
extension ArticleCoding {
    /// Weapons that are shot down or intercepted.
    private static let interceptedWeapons: Set<String> = [
        "drone", "drones", "uav", "uavs", "missile", "missiles", "rocket", "rockets", "projectile", "projectiles", "shahed",
        "shaheds",
    ]

    /// The weapon the verb at `verbRange` shoots down or intercepts ("shot down 38 of 45 drones", "intercepted most of
    /// the missiles", "downed two drones"): its word index, within six words after the verb, in its clause; nil when
    /// the verb intercepts nothing.
    static func interceptedWeapon(verbRange: Range<Int>, words: [CasualtyWords.Word]) -> Int? {
        guard let verb = words.firstIndex(where: { $0.range.lowerBound >= verbRange.lowerBound }) else { return nil }
        var next = verb + 1
        switch words[verb].text {
        case "shot", "shoot", "shoots", "shooting":
            guard next < words.count, words[next].text == "down" else { return nil }
            next += 1
        case "downed", "intercepted", "intercept", "intercepts", "intercepting": break
        default: return nil
        }
        return interceptedWeapon(words, from: next)
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

    /// The launcher of the intercepted weapon at `weapon`: the actor a "by" or "from" names within four words after it
    /// ("drones launched by Russia", "missiles fired from Yemen by the Houthis"); nil when none is named.
    static func launcher(ofWeapon weapon: Int, words: [CasualtyWords.Word], actors: [ActorMention]) -> ActorMention? {
        let limit = min(words.count, weapon + 5)
        guard let marker = words[(weapon + 1)..<limit].first(where: { $0.text == "by" || $0.text == "from" }) else { return nil }
        return actors.first { $0.range.lowerBound >= marker.range.upperBound && $0.range.lowerBound - marker.range.upperBound <= 8 }
    }

    /// The code of an attack by the intercepted weapon at `weapon`: drones fly (an air or drone strike); missiles,
    /// rockets and projectiles are fired (a missile attack).
    static func interceptedAttackCode(weapon: Int, words: [CasualtyWords.Word]) -> String {
        ["drone", "drones", "uav", "uavs", "shahed", "shaheds"].contains(words[weapon].text) ? EventKinds.airStrike : EventKinds.shelling
    }
}
