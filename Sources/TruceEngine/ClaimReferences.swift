public import TruceModel

/// Checks what claims name against an agreement: a claim about a provision or a reading the
/// agreement lacks is kept in the store and reported, never silently dropped (it may name another
/// agreement's provision, or an id with a typo).
public struct ClaimReferences: Sendable {
    private let agreementID: String
    private let provisions: Set<String>
    /// Reading names by provision id; `text` is every provision's.
    private let readings: [String: Set<String>]

    /// Checks against `agreement`'s provisions and readings.
    public init(agreement: Agreement) {
        agreementID = agreement.id
        provisions = Set(agreement.provisions.map(\.id))
        var readings: [String: Set<String>] = [:]
        for provision in agreement.provisions {
            readings[provision.id, default: [Provision.textReading]].formUnion(provision.readings.map(\.name))
        }
        self.readings = readings
    }

    /// One sentence for each thing a claim names that the agreement lacks, in the claims' order:
    /// "claims.csv:4: claim 'C9' is about provision 'trops', which doha-2020 lacks (did you mean …)".
    public func warnings(for claims: [Claim]) -> [String] {
        var warnings: [String] = []
        for claim in claims {
            let site = claim.provenance.map { "\($0.file):\($0.line): " } ?? ""
            var named: [String] = []
            for id in claim.provisions {
                if provisions.contains(id) {
                    named.append(id)
                } else {
                    warnings.append(
                        "\(site)claim '\(claim.key)' is about provision '\(id)', which \(agreementID) lacks; it is kept, but no provision cites it")
                }
            }
            guard let reading = claim.aboutReading else { continue }
            // A reading is looked for in the provisions the claim names, else in any of the agreement's.
            let scope = named.isEmpty && claim.provisions.isEmpty ? Array(provisions) : named
            if !scope.contains(where: { readings[$0]?.contains(reading) ?? false }), !(scope.isEmpty && !claim.provisions.isEmpty) {
                let whose = named.isEmpty ? "any provision of \(agreementID)" : "provision '\(named.joined(separator: "', '"))'"
                warnings.append("\(site)claim '\(claim.key)' supports reading '\(reading)', which \(whose) lacks; it is cited under no reading")
            }
        }
        return warnings
    }
}
