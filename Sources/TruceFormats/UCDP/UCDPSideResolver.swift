/// Looks each side of an event up in an actor list, once per distinct side, and counts
/// the sides the list does not know, for the import's notices.
///
/// `Civilians`, the other side of every one-sided-violence event, is not an actor in
/// UCDP's sense and never in the list: it is neither looked up nor counted.
final class UCDPSideResolver {
    let list: UCDPActorList
    private var cache: [Key: UCDPActorList.Match?] = [:]
    /// Side names found in no way, with how many event sides named them.
    private var unmatched: [String: Int] = [:]
    private var matched: Set<String> = []

    private struct Key: Hashable {
        var name: String
        var id: Int?
    }

    init(list: UCDPActorList) {
        self.list = list
    }

    /// The actors the side stands for, or `nil` when the list knows none of it.
    func resolve(side: String, id: Int?) -> UCDPActorList.Match? {
        guard side != "Civilians" else { return nil }
        let key = Key(name: side, id: id)
        let match: UCDPActorList.Match?
        if let cached = cache[key] {
            match = cached
        } else {
            match = list.match(side: side, id: id)
            cache[key] = match
        }
        if match == nil {
            unmatched[side, default: 0] += 1
        } else {
            matched.insert(side)
        }
        return match
    }

    /// How many side names matched and which matched nothing: the ten most frequent, then a count.
    var notice: String {
        let missing = unmatched.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        var text = "\(list.fileName): \(matched.count) side name\(matched.count == 1 ? "" : "s") matched an actor, "
        text += "\(missing.count) matched nothing"
        guard !missing.isEmpty else { return text }
        let shown = missing.prefix(10).map { "\($0.key) (\($0.value) event side\($0.value == 1 ? "" : "s"))" }
        text += " (their codes stay GED's side ids): " + shown.joined(separator: ", ")
        if missing.count > shown.count { text += ", and \(missing.count - shown.count) more" }
        return text
    }
}
