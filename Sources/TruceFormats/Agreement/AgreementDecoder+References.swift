import TruceModel
import Yams

extension AgreementDecoder {
    /// Checks what only the whole list of provisions can tell: unique ids,
    /// known and acyclic requirements, and known provisions in date anchors.
    func checkReferences() {
        var firstLine: [String: Int] = [:]
        for draft in provisions {
            guard let id = draft.id, let node = draft.idNode else { continue }
            if let line = firstLine[id] {
                report("provision id '\(id)' is already used on line \(line); give each provision an id of its own", at: node)
            } else {
                firstLine[id] = location(of: node).line
            }
        }
        let ids = provisions.compactMap(\.id)
        let known = Set(ids)
        for draft in provisions {
            for requirement in draft.requires {
                if requirement.id == draft.id {
                    report("provision '\(requirement.id)' requires itself; remove '\(requirement.id)' from its 'requires'", at: requirement.node)
                } else if !known.contains(requirement.id) {
                    let suggestion = AgreementSuggestion.didYouMean(requirement.id, among: ids.filter { $0 != draft.id })
                    report(
                        "'requires' names unknown provision '\(requirement.id)'\(suggestion); list ids of provisions in this file",
                        at: requirement.node)
                }
            }
        }
        checkRequirementCycles()
        for site in dateSites {
            guard case .provision(let id, _) = site.expression.anchor, !known.contains(id) else { continue }
            let suggestion = AgreementSuggestion.didYouMean(id, among: ids)
            report("date '\(site.expression)' refers to unknown provision '\(id)'\(suggestion); name a provision of this file", at: site.node)
        }
    }

    /// Reports each set of provisions that require each other once, at the requirement that
    /// leaves the set's first provision in the file, naming one cycle through it.
    private func checkRequirementCycles() {
        var requirements: [String: [(id: String, node: Node)]] = [:]
        var order: [String] = []
        for draft in provisions {
            guard let id = draft.id, requirements[id] == nil else { continue }
            requirements[id] = draft.requires
            order.append(id)
        }
        let cycles = DependencyCycles.find(nodes: order, edges: requirements.mapValues { $0.map(\.id) })
        for cycle in cycles {
            guard let first = requirements[cycle.members[0]], cycle.firstEdge < first.count else { continue }
            let names = (cycle.members + [cycle.members[0]]).joined(separator: " → ")
            report(
                "'requires' form a cycle: \(names); a provision cannot depend on itself, remove one of these requirements",
                at: first[cycle.firstEdge].node)
        }
    }

    /// The complete provisions, the first of each id only (later ones are reported duplicates).
    func uniqueProvisions() -> [Provision] {
        var seen = Set<String>()
        return provisions.compactMap(\.provision).filter { seen.insert($0.id).inserted }
    }

    /// Resolves every date with the model's own rules, so that the loader and
    /// the evaluator can never disagree, and checks that windows run forwards.
    func checkDates(in agreement: Agreement) {
        let complete = Set(agreement.provisions.map(\.id))
        let dates = AgreementDates(agreement)
        var reportedCycles = Set<Set<String>>()
        for index in dateSites.indices {
            let site = dateSites[index]
            // References to unknown or broken provisions are reported elsewhere already.
            if case .provision(let id, _) = site.expression.anchor, !complete.contains(id) { continue }
            do {
                dateSites[index].day = try dates.resolve(site.expression)
            } catch let error as TruceError {
                if let cycle = Self.cycleMembers(error.message) {
                    guard reportedCycles.insert(cycle).inserted else { continue }
                    report("\(error.message); make one of these dates absolute or relative to 'signed'", at: site.node)
                } else if !error.message.contains("unknown provision") {
                    report("date '\(site.expression)': \(error.message)", at: site.node)
                }
            } catch {
                report("date '\(site.expression)': \(error)", at: site.node)
            }
        }
        var sitesByProvision: [Int: [DateSite]] = [:]
        for site in dateSites { sitesByProvision[site.provision, default: []].append(site) }
        for index in provisions.indices {
            checkOrder(of: index, sites: sitesByProvision[index] ?? [])
            warnAboutDeadlines(of: index, sites: sitesByProvision[index] ?? [], signed: agreement.signed)
        }
    }

    /// A deadline before the signing is valid (a provision may restate an earlier commitment) but
    /// is usually a wrong year, and makes the provision overdue from its first day: said at load.
    private func warnAboutDeadlines(of index: Int, sites: [DateSite], signed: Day) {
        let what = provisions[index].id.map { "provision '\($0)'" } ?? "provision \(index + 1)"
        for site in sites where site.role == "due" || site.role == "end" || site.role == "window.end" {
            guard let day = site.day, day < signed else { continue }
            warn(
                "in \(what), \(site.role) (\(day)) is before the signing (\(signed)), so it is \(site.role == "due" ? "overdue" : "over") "
                    + "from the start; check the year",
                at: site.node)
        }
    }

    /// The `a.due → b.due → a.due` part of the model's cycle message, as a set, so each cycle is reported once.
    private static func cycleMembers(_ message: String) -> Set<String>? {
        guard message.contains("cycle"), let colon = message.lastIndex(of: ":") else { return nil }
        let members = message[message.index(after: colon)...].split(separator: "→")
        return Set(members.map { String(DateExpressionParser.trim($0)) })
    }

    private func checkOrder(of index: Int, sites: [DateSite]) {
        func site(_ role: String) -> DateSite? { sites.first { $0.role == role } }
        let what = provisions[index].id.map { "provision '\($0)'" } ?? "provision \(index + 1)"
        func check(_ earlier: String, _ later: String, _ explanation: String) -> Bool {
            guard let first = site(earlier), let firstDay = first.day, let second = site(later), let secondDay = second.day else {
                return true
            }
            guard firstDay <= secondDay else {
                report(
                    "in \(what), \(later) (\(secondDay)) comes before \(earlier) (\(firstDay)); \(explanation)", at: second.node)
                return false
            }
            return true
        }
        _ = check("start", "due", "the due date must be on or after the start")
        _ = check("start", "end", "the end must be on or after the start")
        let window = check("window.start", "window.end", "a window's end must be on or after its start")
        let baseline = check("baseline.start", "baseline.end", "a window's end must be on or after its start")
        if window, baseline, let baselineEnd = site("baseline.end"), let end = baselineEnd.day,
            let windowStart = site("window.start")?.day, end >= windowStart
        {
            report(
                "in \(what), the baseline ends \(end), but the window starts \(windowStart); "
                    + "the baseline must lie entirely before the window it is compared with",
                at: baselineEnd.node)
        }
    }
}
