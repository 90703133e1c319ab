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
        var firstDraft: [String: Int] = [:]
        for (index, draft) in provisions.enumerated() {
            if let id = draft.id, firstDraft[id] == nil { firstDraft[id] = index }
        }
        for draft in provisions {
            for requirement in draft.requires + draft.readingRequires {
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
            guard case .provision(let id, let field) = site.expression.anchor else { continue }
            guard let target = firstDraft[id].map({ provisions[$0] }) else {
                let suggestion = AgreementSuggestion.didYouMean(id, among: ids)
                report("date '\(site.expression)' refers to unknown provision '\(id)'\(suggestion); name a provision of this file", at: site.node)
                continue
            }
            checkField(field, of: target, from: site)
        }
    }

    /// Reports, with the other reference errors, a date that names a field its provision lacks: the
    /// `end` of an open-ended prohibition, the `due` of an obligation due `none`, the `done` of a
    /// prohibition; and a provision's date counted from its own completion.
    private func checkField(_ field: String, of target: ProvisionDraft, from site: DateSite) {
        guard let id = target.id, let kind = target.kind else { return }
        let owner = provisions[site.provision].id
        if field == DateExpression.doneField {
            if kind == .prohibition || kind == .rate || kind == .maintain {
                report(
                    "date '\(site.expression)' counts from the completion of '\(id)', a \(kind.rawValue), which is never done; "
                        + "only obligations and targets are done (use '\(id).start' or '\(id).end')",
                    at: site.node)
            } else if owner == id {
                report(
                    "date '\(site.expression)' counts from the completion of its own provision; use another provision or a fixed date", at: site.node)
            }
            return
        }
        guard field == "due" || field == "end", case .mapping(let mapping) = target.node else { return }
        let why: String
        switch kind {
        case .prohibition, .maintain:
            guard mapping["end"] == nil else { return }
            why = "a \(kind.rawValue) without 'end' is open-ended"
        case .obligation:
            guard let due = mapping["due"], case .scalar(let scalar) = due, DateExpressionParser.trim(scalar.string) == "none" else { return }
            why = "it is due 'none'"
        case .target, .rate:
            return
        }
        report(
            "date '\(site.expression)' refers to the \(field) of '\(id)', but \(why); give '\(id)' an end or refer to another date",
            at: site.node)
    }

    /// Reports each cycle of `requires` once, at the requirement that leaves
    /// the cycle's first provision in the file, naming the whole cycle.
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
        var reportedCycles = Set<Set<String>>()
        // One resolver for every date, so that each is resolved once; completions are unknown at load.
        let dates = AgreementDates(agreement)
        for index in dateSites.indices {
            let site = dateSites[index]
            // References to unknown or broken provisions are reported elsewhere already.
            if case .provision(let id, _) = site.expression.anchor, !complete.contains(id) { continue }
            do {
                dateSites[index].day = try dates.resolveIfKnown(site.expression)
            } catch let error as TruceError {
                if let cycle = Self.cycleMembers(error.message) {
                    guard reportedCycles.insert(cycle).inserted else { continue }
                    report("\(error.message); make one of these dates absolute or relative to 'signed'", at: site.node)
                } else if !error.message.contains("unknown provision") && !error.message.contains("date to refer to")
                    && !error.message.contains("never done")
                {
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
