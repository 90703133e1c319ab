import TruceModel

/// Judges one reading of one provision, by the provision's kind.
struct ReadingJudge {
    let run: EvaluationRun
    let provision: Provision
    let reading: String

    private var agreement: Agreement { run.agreement }
    private var asOf: Day { run.asOf }

    func judge() throws -> ReadingAssessment {
        switch provision.kind {
        case .prohibition(let p): try judgeProhibition(p)
        case .obligation(let o): try judgeObligation(o)
        case .target(let t): try judgeTarget(t)
        case .rate(let r): try judgeRate(r)
        }
    }

    /// The reading's scope: the named reading's, or the text's.
    private func scope(default textScope: EventScope) -> EventScope {
        provision.readings.first { $0.name == reading }?.scope ?? textScope
    }

    /// The first day of the timeline: the signing or the provision's start, whichever is earlier.
    private func origin(start: Day) -> Day { min(agreement.signed, start) }

    // MARK: prohibition

    private func judgeProhibition(_ p: Prohibition) throws -> ReadingAssessment {
        let start = try agreement.resolve(p.start)
        let end = try p.end.map { try agreement.resolve($0) }
        var timeline = Timeline(origin: origin(start: start))
        guard asOf >= start else {
            return timeline.finish(reading: reading, reason: "in force from \(start)", evidence: [])
        }
        let last = min(end ?? asOf, asOf)
        let matcher = ScopeMatcher(scope: scope(default: p.scope), matcher: run.matcher)
        let events = try matchingEvents(matcher, from: start, to: last)
        timeline.set(start, .complied)
        if let first = events.first {
            timeline.set(max(first.date.day, start), .violated)
        }
        // The same attack in two data sets is one violation: count incidents, keep every report as evidence.
        let incidents = IncidentCount(events, rules: run.linking)
        let evidence = events.map { eventItem($0, role: "violates", incident: incidents.linkedID(of: $0)) }
        let reason: String
        if events.isEmpty {
            reason = "no matching event from \(start) to \(last)"
        } else if incidents.count == events.count {
            reason = "\(Self.count(events.count, "matching event")) from \(events[0].date.day)"
        } else {
            let reports = "\(Self.count(events.count, "event")) in several data sets"
            reason = "\(Self.count(incidents.count, "matching incident")) (\(reports)) from \(events[0].date.day)"
        }
        return timeline.finish(reading: reading, reason: reason, evidence: evidence)
    }

    // MARK: obligation

    private func judgeObligation(_ o: Obligation) throws -> ReadingAssessment {
        let start = try agreement.startDay(of: provision)
        let due = try agreement.resolve(o.due)
        var evidence: [EvidenceItem] = []
        var satisfied: (day: Day, item: EvidenceItem)?

        if let textScope = o.event {
            let matcher = ScopeMatcher(scope: scope(default: textScope), matcher: run.matcher)
            if asOf >= start, let first = try matchingEvents(matcher, from: start, to: asOf).first {
                satisfied = (max(first.date.day, start), eventItem(first, role: "satisfies"))
            }
        }
        if let condition = o.observation {
            for observation in try observations(for: condition) {
                let meets = condition.isMet(by: observation.value)
                let day = max(observation.date, start)
                if meets, satisfied == nil || day < satisfied!.day {
                    satisfied = (day, observationItem(observation, role: "satisfies"))
                } else {
                    evidence.append(observationItem(observation, role: meets ? "confirms" : "falls short"))
                }
            }
        }

        var timeline = Timeline(origin: origin(start: start))
        let reason: String
        if let satisfied, satisfied.day <= due {
            timeline.set(satisfied.day, .complied)
            reason = "done on \(satisfied.day), due \(due)"
        } else {
            if asOf > due { timeline.set(due.adding(days: 1), .overdue) }
            if let satisfied {
                timeline.set(satisfied.day, .compliedLate)
                reason = "done on \(satisfied.day), \(due.days(to: satisfied.day)) days after the due date \(due)"
            } else {
                reason = asOf > due ? "not done; due \(due)" : "not done yet; due \(due)"
            }
        }
        if let satisfied { evidence.append(satisfied.item) }
        return timeline.finish(reading: reading, reason: reason, evidence: evidence)
    }

    // MARK: target

    private func judgeTarget(_ t: Target) throws -> ReadingAssessment {
        let start = try agreement.startDay(of: provision)
        let due = try agreement.resolve(t.due)
        let observations = try self.observations(for: t.condition)
        // Sources disagree: a day's value meets the target only if every report of that day does.
        var byDay: [Day: Bool] = [:]
        for observation in observations {
            byDay[observation.date] = (byDay[observation.date] ?? true) && t.condition.isMet(by: observation.value)
        }
        var checkpoints = Set(byDay.keys)
        if due < asOf { checkpoints.insert(due.adding(days: 1)) }

        var timeline = Timeline(origin: origin(start: start))
        var status = Status.pending
        var met = false
        for day in checkpoints.sorted() {
            if let reported = byDay[day] { met = reported }
            if day <= due {
                status = met ? .complied : .pending
            } else {
                switch (status, met) {
                case (.pending, false), (.overdue, false): status = .overdue
                case (.complied, true): status = .complied
                case (.complied, false), (.compliedLate, false), (.violated, false): status = .violated
                default: status = .compliedLate
                }
            }
            timeline.set(max(day, timeline.origin), status)
        }
        let evidence = observations.map { observationItem($0, role: t.condition.isMet(by: $0.value) ? "meets" : "falls short") }
        let target = "\(t.condition.comparison.rawValue) \(Self.number(t.condition.value))"
        let reason: String
        if let latest = observations.last {
            let values = observations.filter { $0.date == latest.date }.map { Self.number($0.value) }
            reason = "latest \(values.joined(separator: " / ")) on \(latest.date); target \(target) by \(due)"
        } else {
            reason = "no observation of \(t.condition.indicator); target \(target) by \(due)"
        }
        return timeline.finish(reading: reading, reason: reason, evidence: evidence)
    }

    // MARK: rate

    private func judgeRate(_ r: Rate) throws -> ReadingAssessment {
        let windowStart = try agreement.resolve(r.window.start)
        let windowEnd = try agreement.resolve(r.window.end)
        let baselineStart = try agreement.resolve(r.baseline.start)
        let baselineEnd = try agreement.resolve(r.baseline.end)
        var timeline = Timeline(origin: origin(start: windowStart))
        guard asOf > windowEnd else {
            return timeline.finish(reading: reading, reason: "the window closes on \(windowEnd)", evidence: [])
        }
        let matcher = ScopeMatcher(scope: scope(default: r.scope), matcher: run.matcher)
        let candidates = try run.source.events(matching: matcher.query(from: min(windowStart, baselineStart), to: max(windowEnd, baselineEnd)))
            .filter(matcher.matches).sorted(by: Self.eventOrder)
        let inWindow = candidates.filter { matcher.dateFits($0, from: windowStart, to: windowEnd) }
        let inBaseline = candidates.filter { matcher.dateFits($0, from: baselineStart, to: baselineEnd) }
        // Incidents, not rows: one incident counts once in a period when any of its reports falls in it.
        let incidents = IncidentCount(candidates, rules: run.linking)
        let test = RateRatioTest.run(
            windowCount: incidents.count(among: inWindow), windowDays: windowStart.days(to: windowEnd) + 1,
            baselineCount: incidents.count(among: inBaseline), baselineDays: baselineStart.days(to: baselineEnd) + 1,
            confidence: r.confidence, threshold: 1 - r.reduction
        )
        let status = RateRatioTest.status(of: test)
        timeline.set(windowEnd.adding(days: 1), status)
        let evidence =
            inWindow.map { eventItem($0, role: "counted", incident: incidents.linkedID(of: $0)) }
            + inBaseline.map { eventItem($0, role: "baseline", incident: incidents.linkedID(of: $0)) }
        let ratio = test.ratio.map { Self.number($0) } ?? "n/a"
        let upper = test.upper.map { Self.number($0) } ?? "∞"
        let percent = Int((r.confidence * 100).rounded())
        let noun = incidents.hasLinks ? "incident" : "event"
        let reason =
            "\(Self.count(test.windowCount, noun)) in \(test.windowDays) days vs \(test.baselineCount) in \(test.baselineDays): "
            + "rate ratio \(ratio), \(percent)% bounds \(Self.number(test.lower))–\(upper), must be below \(Self.number(test.threshold))"
        var assessment = timeline.finish(reading: reading, reason: reason, evidence: evidence)
        assessment.test = test
        return assessment
    }

    // MARK: evidence

    private func matchingEvents(_ matcher: ScopeMatcher, from: Day, to: Day) throws -> [Event] {
        try run.source.events(matching: matcher.query(from: from, to: to))
            .filter { matcher.matches($0) && matcher.dateFits($0, from: from, to: to) }
            .sorted(by: Self.eventOrder)
    }

    /// Observations of the condition's indicator for its actor, up to the assessment day, oldest first.
    private func observations(for condition: IndicatorCondition) throws -> [Observation] {
        let wanted = condition.actor.map { run.matcher.expand([$0]) }
        return try run.source.observations(indicator: condition.indicator)
            .filter { observation in
                guard observation.date <= asOf else { return false }
                guard let wanted else { return true }
                guard let actor = observation.actor else { return false }
                return wanted.contains(actor) || !run.matcher.actors(named: actor).isDisjoint(with: wanted)
            }
            .sorted { ($0.date, $0.key) < ($1.date, $1.key) }
    }

    static func eventOrder(_ a: Event, _ b: Event) -> Bool { (a.date.day, a.dataset, a.key) < (b.date.day, b.dataset, b.key) }

    private func eventItem(_ event: Event, role: String, incident: String? = nil) -> EvidenceItem {
        let actors = [event.actor1.name, event.actor2.name].compactMap { $0 }.joined(separator: " → ")
        let place = [event.location.place, event.location.admin1, event.location.country].compactMap { $0 }.joined(separator: ", ")
        var summary = "\(event.type.subEvent ?? event.type.event): \(actors) in \(place)"
        if let deaths = event.fatalities.best, deaths > 0 { summary += ", \(deaths) killed" }
        return EvidenceItem(
            kind: .event, id: event.key, date: event.date.day, summary: summary, sources: event.sources, role: role,
            provenance: event.provenance, incident: incident
        )
    }

    private func observationItem(_ observation: Observation, role: String) -> EvidenceItem {
        var summary = "\(observation.indicator)"
        if let actor = observation.actor { summary += " of \(actor)" }
        summary += " = \(Self.number(observation.value))"
        if let unit = observation.unit { summary += " \(unit)" }
        return EvidenceItem(
            kind: .observation, id: observation.key, date: observation.date, summary: summary, sources: [observation.source],
            role: role, provenance: observation.provenance
        )
    }

    /// "1 event", "2 events".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// A number as people write it: no trailing ".0".
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}

/// A status timeline under construction: one entry per change, days ascending.
struct Timeline {
    let origin: Day
    private(set) var entries: [TimelineEntry]

    init(origin: Day) {
        self.origin = origin
        self.entries = [TimelineEntry(from: origin, status: .pending)]
    }

    /// The status from `day` on; a same-day change replaces the previous one.
    mutating func set(_ day: Day, _ status: Status) {
        let day = max(day, origin)
        entries.removeAll { $0.from > day }
        if let last = entries.last, last.from == day {
            entries.removeLast()
        }
        if entries.last?.status != status {
            entries.append(TimelineEntry(from: day, status: status))
        }
    }

    func finish(reading: String, reason: String, evidence: [EvidenceItem]) -> ReadingAssessment {
        let status = entries.last?.status ?? .pending
        return ReadingAssessment(reading: reading, status: status, timeline: entries, reason: reason, evidence: evidence)
    }
}
