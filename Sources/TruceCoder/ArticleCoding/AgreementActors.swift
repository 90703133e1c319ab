import TruceModel

/// Maps the coder's actor mentions to an agreement's actor ids, by code and by name.
struct AgreementActors: Sendable {
    private var byCode: [String: String] = [:]
    private var byName: [String: String] = [:]
    private var prefixes: [(prefix: String, id: String)] = []

    init(_ agreement: Agreement) {
        for actor in agreement.actors {
            for code in actor.codes {
                // "gdelt:AFGTAL" — GDELT and PETRARCH share CAMEO actor codes.
                let value = code.split(separator: ":", maxSplits: 1).last.map(String.init) ?? code
                byCode[value.uppercased()] = actor.id
            }
            for name in [actor.id, actor.name] + actor.aliases {
                let lower = name.lowercased()
                if lower.hasSuffix("*") {
                    prefixes.append((String(lower.dropLast()), actor.id))
                } else {
                    byName[lower] = actor.id
                }
            }
        }
    }

    func actorID(code: String, name: String, text: String) -> String? {
        if let id = byCode[code.uppercased()] { return id }
        for candidate in [name.lowercased(), text.lowercased()] {
            if let id = byName[candidate] { return id }
            if let found = prefixes.first(where: { candidate.hasPrefix($0.prefix) }) { return found.id }
        }
        // A government ("USAGOV", "United States government": "Washington", "the White House") is its country's
        // in an agreement that names only the country or the "Government of …".
        if code.count == 6, code.uppercased().hasSuffix("GOV"), name.hasSuffix(" government") {
            let country = String(name.dropLast(" government".count))
            return actorID(code: String(code.prefix(3)), name: "Government of " + country, text: country)
        }
        return nil
    }
}
