import TruceModel

/// Judges one reading of one provision, by the provision's kind.
struct ReadingJudge {
    let run: EvaluationRun
    let provision: Provision
    let reading: String
    /// The day each provision this one's dates count from was done; nil while it is not.
    var completions: [String: Day] = [:]

    private var agreement: Agreement { run.agreement }
    private var asOf: Day { run.asOf }

    func judge() throws -> ReadingAssessment {
        switch provision.kind {
        case .prohibition(let p): try judgeProhibition(p)
        case .obligation(let o): try judgeObligation(o)
        case .target(let t): try judgeTarget(t)
        case .rate(let r): try judgeRate(r)
        case .maintain(let m): try judgeMaintain(m)
        }
    }

    /// The day `expression` denotes, or nil while a completion it counts from has not happened.
    private func resolve(_ expression: DateExpression) throws -> Day? {
        try run.dates.resolveIfKnown(expression)
    }

    /// Why a date is not known yet: "'withdrawal' is not done yet".
    private func waiting(_ expression: DateExpression) -> String {
        let ids = dependencies(of: expression).filter { completions[$0] == nil }
        return ids.map { "'\($0)' is not done yet" }.joined(separator: ", ")
    }

    /// The provisions whose completion `expression` counts from, directly or through other provisions' dates.
    private func dependencies(of expression: DateExpression) -> [String] {
        run.dates.doneAnchor(of: expression).map { [$0] } ?? []
    }

    /// The first day of a provision whose start may wait on a completion: the signing until then.
    private func startDay() throws -> Day? {
        guard let expression = try agreement.expression(of: provision, field: "start") else { return agreement.signed }
        return try resolve(expression)
    }

    private func notStarted(_ expression: DateExpression?) -> ReadingAssessment {
        let reason = "starts at \(expression.map(\.description) ?? "its start"); \(expression.map(waiting) ?? "")"
        return Timeline(origin: agreement.signed).finish(reading: reading, reason: reason, evidence: [])
    }

    /// The reading's scope: the named reading's, or the text's.
    private func scope(default textScope: EventScope) -> EventScope {
        provision.readings.first { $0.name == reading }?.scope ?? textScope
    }

    /// The first day of the timeline: the signing or the provision's start, whichever is earlier.
    private func origin(start: Day) -> Day { min(agreement.signed, start) }

    // MARK: prohibition

    private func judgeProhibition(_ p: Prohibition) throws -> ReadingAssessment {
        guard let start = try resolve(p.start) else { return notStarted(p.start) }
        // An end that counts from a completion not yet reached leaves the prohibition open for now.
        let end = try p.end.flatMap { try resolve($0) }
        var timeline = Timeline(origin: origin(start: start))
        guard asOf >= start else {
            return timeline.finish(reading: reading, reason: "in force from \(start)", evidence: [])
        }
        let last = min(end ?? asOf, asOf)
        let matcher = ScopeMatcher(scope: scope(default: p.scope), matcher: run.matcher)
        // A day the prohibition covers only in part (it starts at 18:00, ends at 06:00) is like an
        // imprecise date: an event known only to that day counts when the scope accepts possible dates.
        let partial = matcher.scope.dates == .certain
        let firstWhole = partial && (p.start.time?.minuteOfDay ?? 0) > 0 ? start.adding(days: 1) : start
        let lastWhole = partial && end == last && (p.end?.time.map { $0.minuteOfDay < 24 * 60 - 1 } ?? false) ? last.adding(days: -1) : last
        let events = firstWhole <= lastWhole ? try matchingEvents(matcher, from: firstWhole, to: lastWhole) : []
        // Counts reported without a perpetrator, in the scope's area: any above zero violates too, and
        // every report (zero included) is evidence that someone looked on its days.
        let counter = CountMatcher(scope: matcher.scope)
        let reports =
            try p.counts.map { indicator in
                try run.source.observations(indicator: indicator).filter { $0.certainDay <= asOf && counter.inArea($0) }
            } ?? []
        let counted =
            firstWhole <= lastWhole
            ? reports.filter { $0.value > 0 && counter.dateFits($0, from: firstWhole, to: lastWhole) }
                .sorted { ($0.certainDay, $0.key) < ($1.certainDay, $1.key) } : []
        // Silence is compliance only where some import covers the window; a window no import covers
        // is no evidence either way. A partly covered window is judged on its covered days, and says so.
        let coverage = CoverageMap(run.coverage, countries: matcher.scope.countries).adding(reports.map { ($0.date, $0.certainDay) })
        let covered = coverage.coveredDays(from: start, to: last)
        timeline.set(start, covered > 0 ? .complied : .inconclusive)
        let firstCount = counted.first.map { min(max($0.certainDay, start), last) }
        if let first = [events.first.map { max($0.date.day, start) }, firstCount].compactMap({ $0 }).min() {
            timeline.set(first, .violated)
        }
        // The same attack in two data sets is one violation: count incidents, keep every report as evidence.
        let incidents = IncidentCount(events, rules: run.linking)
        let evidence =
            events.map { eventItem($0, role: "violates", incident: incidents.linkedID(of: $0)) }
            + counted.map { observationItem(Self.judgedOnItsLastDay($0), role: "violates") }
        var reason: String
        let total = start.days(to: last) + 1
        if events.isEmpty, let indicator = p.counts, let firstCount {
            let sum = counted.reduce(0) { $0 + $1.value }
            reason = "\(Self.number(sum)) \(indicator) reported from \(firstCount) (\(Self.count(counted.count, "report")), no perpetrator named)"
        } else if events.isEmpty, covered == 0 {
            reason = "no evidence covers \(start) to \(last)\(Self.area(matcher.scope))"
        } else if events.isEmpty, covered < total {
            let through = coverage.lastCovered(from: start, to: last).map { ", last \($0)" } ?? ""
            reason = "no matching event from \(start) to \(last); the evidence covers \(covered) of its \(total) days\(through)"
        } else if events.isEmpty {
            reason = "no matching event from \(start) to \(last)"
        } else if incidents.count == events.count {
            reason = "\(Self.count(events.count, "matching event")) from \(events[0].date.day)"
        } else {
            let reports = "\(Self.count(events.count, "event")) in several data sets"
            reason = "\(Self.count(incidents.count, "matching incident")) (\(reports)) from \(events[0].date.day)"
        }
        if !events.isEmpty, let indicator = p.counts, !counted.isEmpty {
            reason += "; and \(Self.number(counted.reduce(0) { $0 + $1.value })) \(indicator) reported, no perpetrator named"
        }
        return timeline.finish(reading: reading, reason: reason, evidence: evidence)
    }

    // MARK: obligation

    private func judgeObligation(_ o: Obligation) throws -> ReadingAssessment {
        guard let start = try startDay() else { return notStarted(o.start) }
        // No deadline (`due: none`), or one that counts from a completion still to come: never overdue yet.
        let due = try o.due.flatMap { try resolve($0) }
        var evidence: [EvidenceItem] = []
        var satisfied: (day: Day, item: EvidenceItem)?

        if let textScope = o.event {
            let matcher = ScopeMatcher(scope: scope(default: textScope), matcher: run.matcher)
            if asOf >= start, let first = try matchingEvents(matcher, from: start, to: asOf).first {
                satisfied = (max(first.date.day, start), eventItem(first, role: "satisfies"))
            }
        }
        var reported: [Observation] = []
        // What the other side reported holding, when the condition compares with that ("all for all").
        var references: [Observation] = []
        if let condition = o.observation {
            reported = try observations(for: condition)
            references = try referenceReports(for: condition)
            evidence += references.map { observationItem($0, role: "reported held") }
            for observation in reported {
                let meets = isMet(condition, by: observation, references: references)
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
        guard let due else {
            let deadline = o.due.map { "due \($0), when \(waiting($0))" } ?? "no deadline"
            if let satisfied {
                timeline.set(satisfied.day, .complied)
                reason = "done on \(satisfied.day); \(deadline)"
                evidence.append(satisfied.item)
            } else {
                reason = "not done yet; \(deadline)"
            }
            var result = timeline.finish(reading: reading, reason: reason, evidence: evidence)
            if satisfied == nil, let condition = o.observation {
                result.reason += missingReference(condition, references)
                if condition.reference == nil || !references.isEmpty {
                    result.record(progress(toward: resolved(condition, references), reported, start: start))
                }
            }
            return result
        }
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
        var result = timeline.finish(reading: reading, reason: reason, evidence: evidence)
        if satisfied == nil, let condition = o.observation {
            result.reason += missingReference(condition, references)
            if condition.reference == nil || !references.isEmpty {
                result.record(progress(toward: resolved(condition, references), reported, start: start))
            }
        }
        return result
    }

    /// The reports of the condition's `reference` indicator for its actor made by someone else (the other
    /// side), up to the assessment day, oldest first; none for a condition on a fixed value.
    private func referenceReports(for condition: IndicatorCondition) throws -> [Observation] {
        guard let reference = condition.reference else { return [] }
        let own = condition.actor.map { run.matcher.expand([$0]) } ?? []
        return try observations(for: IndicatorCondition(indicator: reference, actor: condition.actor, comparison: .equal, value: 0))
            .filter { report in
                guard let reporter = report.reportedBy else { return false }
                return !own.contains(reporter) && run.matcher.actors(named: reporter).isDisjoint(with: own)
            }
    }

    /// Whether `observation` meets `condition`: against its fixed value, or against the latest reference
    /// report on or before the observation's day (every one of that day, when sources disagree).
    private func isMet(_ condition: IndicatorCondition, by observation: Observation, references: [Observation]) -> Bool {
        guard condition.reference != nil else { return condition.isMet(by: observation.value) }
        guard let day = references.last(where: { $0.date <= observation.date })?.date else { return false }
        return references.filter { $0.date == day }.allSatisfy { condition.comparison.holds(observation.value, $0.value) }
    }

    /// The condition with the latest reference value in place of its fixed one, for showing progress.
    private func resolved(_ condition: IndicatorCondition, _ references: [Observation]) -> IndicatorCondition {
        guard condition.reference != nil, let latest = references.last else { return condition }
        var resolved = condition
        resolved.value = references.filter { $0.date == latest.date }.map(\.value).max() ?? latest.value
        return resolved
    }

    /// "; no report by another party of prisoners_held for ARM", when the value to reach is not known.
    private func missingReference(_ condition: IndicatorCondition, _ references: [Observation]) -> String {
        guard let reference = condition.reference, references.isEmpty else { return "" }
        return "; no report by another party of \(reference)" + (condition.actor.map { " for \($0)" } ?? "")
    }

    // MARK: target

    private func judgeTarget(_ t: Target) throws -> ReadingAssessment {
        guard let start = try startDay() else { return notStarted(t.start) }
        guard let due = try resolve(t.due) else {
            let reason = "due \(t.due), when \(waiting(t.due))"
            return Timeline(origin: origin(start: start)).finish(reading: reading, reason: reason, evidence: [])
        }
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
        var result = timeline.finish(reading: reading, reason: reason, evidence: evidence)
        if result.status != .complied, result.status != .compliedLate {
            result.record(progress(toward: t.condition, observations, start: start))
        }
        return result
    }

    /// How far the latest reports have come toward `condition`, with the figures, for a status not yet met.
    private func progress(
        toward condition: IndicatorCondition, _ observations: [Observation], start: Day
    )
        -> (fraction: Double, latest: Double)?
    {
        guard let latestDay = observations.map(\.date).max(),
            let fraction = ImplementationProgress.fraction(of: condition, observations: observations, start: start),
            let latest = observations.filter({ $0.date == latestDay }).map(\.value).min(by: { abs($0 - condition.value) > abs($1 - condition.value) })
        else { return nil }
        return (fraction, latest)
    }

    // MARK: rate

    private func judgeRate(_ r: Rate) throws -> ReadingAssessment {
        let dates = [r.window.start, r.window.end, r.baseline.start, r.baseline.end]
        let days = try dates.map { try resolve($0) }
        guard let windowStart = days[0], let windowEnd = days[1], let baselineStart = days[2], let baselineEnd = days[3] else {
            let reason = "the windows are not known yet: " + dates.map(waiting).filter { !$0.isEmpty }.joined(separator: ", ")
            return Timeline(origin: agreement.signed).finish(reading: reading, reason: reason, evidence: [])
        }
        var timeline = Timeline(origin: origin(start: windowStart))
        guard asOf > windowEnd else {
            return timeline.finish(reading: reading, reason: "the window closes on \(windowEnd)", evidence: [])
        }
        let matcher = ScopeMatcher(scope: scope(default: r.scope), matcher: run.matcher)
        if let indicator = r.counts {
            return try judgeRate(
                r, counting: indicator, in: matcher.scope, window: (windowStart, windowEnd), baseline: (baselineStart, baselineEnd),
                timeline: timeline)
        }
        let candidates = try run.source.events(matching: matcher.query(from: min(windowStart, baselineStart), to: max(windowEnd, baselineEnd)))
            .filter(matcher.matches).sorted(by: Self.eventOrder)
        let inWindow = candidates.filter { matcher.dateFits($0, from: windowStart, to: windowEnd) }
        let inBaseline = candidates.filter { matcher.dateFits($0, from: baselineStart, to: baselineEnd) }
        // Incidents, not rows: one incident counts once in a period when any of its reports falls in it.
        let incidents = IncidentCount(candidates, rules: run.linking)
        // Rates are per covered day: days no import covers are neither quiet nor violent, just unknown.
        let coverage = CoverageMap(run.coverage, countries: matcher.scope.countries)
        let windowDays = coverage.coveredDays(from: windowStart, to: windowEnd)
        let baselineDays = coverage.coveredDays(from: baselineStart, to: baselineEnd)
        guard windowDays > 0, baselineDays > 0 else {
            let (name, from, to) = windowDays == 0 ? ("window", windowStart, windowEnd) : ("baseline", baselineStart, baselineEnd)
            timeline.set(windowEnd.adding(days: 1), .inconclusive)
            let reason = "no evidence covers the \(name), \(from) to \(to)\(Self.area(matcher.scope))"
            return timeline.finish(reading: reading, reason: reason, evidence: [])
        }
        let test = RateRatioTest.run(
            windowCount: incidents.count(among: inWindow), windowDays: windowDays,
            baselineCount: incidents.count(among: inBaseline), baselineDays: baselineDays,
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
            + Self.partlyCovered(windowDays, of: windowStart.days(to: windowEnd) + 1, "window")
            + Self.partlyCovered(baselineDays, of: baselineStart.days(to: baselineEnd) + 1, "baseline")
        var assessment = timeline.finish(reading: reading, reason: reason, evidence: evidence)
        assessment.test = test
        return assessment
    }

    /// A rate judged on counts reported without a perpetrator: the sum of the counts reported for each
    /// period, over the days those reports cover (a day nobody reported on is not a quiet day).
    private func judgeRate(
        _ r: Rate, counting indicator: String, in scope: EventScope, window: (Day, Day), baseline: (Day, Day), timeline: Timeline
    ) throws -> ReadingAssessment {
        var timeline = timeline
        let counter = CountMatcher(scope: scope)
        let reports = try run.source.observations(indicator: indicator).filter { $0.certainDay <= asOf && counter.inArea($0) }
            .sorted { ($0.date, $0.key) < ($1.date, $1.key) }
        func period(_ bounds: (Day, Day)) -> (reports: [Observation], count: Int, days: Int) {
            let inside = reports.filter { counter.dateFits($0, from: bounds.0, to: bounds.1) }
            var days = Set<Day>()
            for report in inside {
                var day = max(report.date, bounds.0)
                while day <= min(report.certainDay, bounds.1) {
                    days.insert(day)
                    day = day.adding(days: 1)
                }
            }
            return (inside, Int(inside.reduce(0) { $0 + $1.value }.rounded()), days.count)
        }
        let inWindow = period(window)
        let inBaseline = period(baseline)
        guard inWindow.days > 0, inBaseline.days > 0 else {
            let (name, bounds) = inWindow.days == 0 ? ("window", window) : ("baseline", baseline)
            timeline.set(window.1.adding(days: 1), .inconclusive)
            let reason = "no count of \(indicator) is reported for the \(name), \(bounds.0) to \(bounds.1)\(Self.area(scope))"
            return timeline.finish(reading: reading, reason: reason, evidence: [])
        }
        let test = RateRatioTest.run(
            windowCount: inWindow.count, windowDays: inWindow.days, baselineCount: inBaseline.count, baselineDays: inBaseline.days,
            confidence: r.confidence, threshold: 1 - r.reduction)
        timeline.set(window.1.adding(days: 1), RateRatioTest.status(of: test))
        let evidence =
            inWindow.reports.map { observationItem(Self.judgedOnItsLastDay($0), role: "counted") }
            + inBaseline.reports.map { observationItem(Self.judgedOnItsLastDay($0), role: "baseline") }
        let ratio = test.ratio.map { Self.number($0) } ?? "n/a"
        let upper = test.upper.map { Self.number($0) } ?? "∞"
        let percent = Int((r.confidence * 100).rounded())
        let reason =
            "\(inWindow.count) \(indicator) reported on \(Self.count(inWindow.days, "day")) vs \(inBaseline.count) on \(inBaseline.days): "
            + "rate ratio \(ratio), \(percent)% bounds \(Self.number(test.lower))–\(upper), must be below \(Self.number(test.threshold))"
        var assessment = timeline.finish(reading: reading, reason: reason, evidence: evidence)
        assessment.test = test
        return assessment
    }

    // MARK: maintain

    private func judgeMaintain(_ m: Maintain) throws -> ReadingAssessment {
        guard let start = try resolve(m.start) else { return notStarted(m.start) }
        let end = try m.end.flatMap { try resolve($0) }
        var timeline = Timeline(origin: origin(start: start))
        let target = "\(m.condition.comparison.rawValue) \(Self.number(m.condition.value))"
        guard asOf >= start else {
            return timeline.finish(reading: reading, reason: "must hold \(target) from \(start)", evidence: [])
        }
        let all = try observations(for: m.condition)
        // The state reported last before the start carries into it.
        let priorDay = all.last { $0.date < start }?.date
        let cited = all.filter { observation in
            observation.date == priorDay || (observation.date >= start && end.map { observation.date <= $0 } ?? true)
        }
        // Sources disagree: a day holds only if every report of that day meets the condition.
        var byDay: [Day: Bool] = [:]
        for observation in cited {
            let day = max(observation.date, start)
            byDay[day] = (byDay[day] ?? true) && m.condition.isMet(by: observation.value)
        }
        var broken: [Day] = []
        for (day, met) in byDay.sorted(by: { $0.key < $1.key }) {
            timeline.set(day, met ? .complied : .violated)
            if !met { broken.append(day) }
        }
        let evidence = cited.map { observationItem($0, role: m.condition.isMet(by: $0.value) ? "meets" : "breaks") }
        let reason: String
        if let latest = byDay.keys.max(), let held = byDay[latest] {
            let history = broken.isEmpty ? "never broken" : "broken on \(Self.count(broken.count, "report day")), first \(broken[0])"
            reason = "\(held ? "holds" : "broken") as of \(latest) (\(target) from \(start)); \(history)"
        } else {
            // No report is no evidence either way, not compliance.
            timeline.set(start, .inconclusive)
            reason = "no observation of \(m.condition.indicator) since \(start); must hold \(target)"
        }
        return timeline.finish(reading: reading, reason: reason, evidence: evidence)
    }

    // MARK: evidence

    private func matchingEvents(_ matcher: ScopeMatcher, from: Day, to: Day) throws -> [Event] {
        try run.source.events(matching: matcher.query(from: from, to: to))
            .filter { matcher.matches($0) && matcher.dateFits($0, from: from, to: to) }
            .sorted(by: Self.eventOrder)
    }

    /// Observations of the condition's indicator for its actor, up to the assessment day, oldest first.
    /// An imprecise report ("in March 2020") is judged on its last day, the first on which it certainly
    /// held: it never settles a deadline earlier than it can show, nor breaks a state before it.
    private func observations(for condition: IndicatorCondition) throws -> [Observation] {
        let wanted = condition.actor.map { run.matcher.expand([$0]) }
        return try run.source.observations(indicator: condition.indicator)
            .map(Self.judgedOnItsLastDay)
            .filter { observation in
                guard observation.date <= asOf else { return false }
                guard let wanted else { return true }
                guard let actor = observation.actor else { return false }
                return wanted.contains(actor) || !run.matcher.actors(named: actor).isDisjoint(with: wanted)
            }
            .sorted { ($0.date, $0.key) < ($1.date, $1.key) }
    }

    /// The attribute under which an imprecise report's span is kept once it is dated by its last day.
    static let reportedSpan = "truce:reported_span"

    /// `observation` dated by the last day it may refer to, its span kept for the evidence it is cited as.
    static func judgedOnItsLastDay(_ observation: Observation) -> Observation {
        guard let last = observation.latestDate else { return observation }
        var judged = observation
        judged.attributes[reportedSpan] = "\(observation.date) to \(last)"
        judged.date = last
        judged.latestDate = nil
        return judged
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
        if let span = observation.attributes[Self.reportedSpan] { summary += " [reported for \(span), judged on its last day]" }
        return EvidenceItem(
            kind: .observation, id: observation.key, date: observation.date, summary: summary, sources: [observation.source],
            role: role, provenance: observation.provenance
        )
    }

    /// " in Afghanistan", or nothing for a scope without countries.
    static func area(_ scope: EventScope) -> String {
        scope.countries.isEmpty ? "" : " in \(scope.countries.joined(separator: ", "))"
    }

    /// "; the evidence covers 21 of the baseline's 52 days", or nothing when all are covered.
    static func partlyCovered(_ covered: Int, of total: Int, _ name: String) -> String {
        covered < total ? "; the evidence covers \(covered) of the \(name)'s \(total) days" : ""
    }

    /// "1 event", "2 events".
    static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }

    /// A number as people write it: no trailing ".0".
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }
}

extension ReadingAssessment {
    /// Records progress toward a target not yet met: in the field, and in the reason ("60% of the way, latest 3000").
    mutating func record(_ progress: (fraction: Double, latest: Double)?) {
        guard let progress else { return }
        self.progress = progress.fraction
        reason += "; \(Int((progress.fraction * 100).rounded(.down)))% of the way, latest \(ReadingJudge.number(progress.latest))"
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
