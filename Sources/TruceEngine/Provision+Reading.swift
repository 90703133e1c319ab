import TruceModel

extension Provision {
    /// The provision as `reading` reads it: each field the reading gives replaces the text's, so the
    /// reading is judged by the same rules as the text. Who an actor is, the one field that is not the
    /// provision's own, is applied by the judge's actor matcher (``Agreement/read(as:)``).
    func read(as reading: Reading) -> Provision {
        var copy = self
        copy.readings = []
        if let requires = reading.requires { copy.requires = requires }
        switch kind {
        case .prohibition(var p):
            if let scope = reading.scope { p.scope = scope }
            if let start = reading.start { p.start = start }
            if let end = reading.end { p.end = end }
            copy.kind = .prohibition(p)
        case .obligation(var o):
            if let scope = reading.scope { o.event = scope }
            if let start = reading.start { o.start = start }
            if let due = reading.due { o.due = due }
            if let condition = reading.condition { o.observation = condition }
            copy.kind = .obligation(o)
        case .target(var t):
            if let start = reading.start { t.start = start }
            if let due = reading.due { t.due = due }
            if let condition = reading.condition { t.condition = condition }
            copy.kind = .target(t)
        case .rate(var r):
            if let scope = reading.scope { r.scope = scope }
            if let start = reading.start { r.window.start = start }
            if let end = reading.end { r.window.end = end }
            copy.kind = .rate(r)
        case .maintain(var m):
            if let start = reading.start { m.start = start }
            if let end = reading.end { m.end = end }
            if let condition = reading.condition { m.condition = condition }
            copy.kind = .maintain(m)
        }
        if let bound = reading.bound {
            if each.isEmpty || bound.count < 2 {
                copy = copy.acting(bound)
            } else {
                copy.each = bound
            }
        }
        return copy
    }

    /// The provision with `actors` as the acting side (`actor1`) of every scope — a `between` becomes
    /// them acting against its other list (the one they are not on) — and, when they are one actor, the actor
    /// of every indicator condition; the provision is no longer on `each` of several.
    func acting(_ actors: [String]) -> Provision {
        var copy = self
        copy.each = []
        func scoped(_ scope: EventScope) -> EventScope {
            var scope = scope
            if scope.between.count == 2 {
                // Acting against the other side: the list the actors are not on (both, less them, when unclear).
                let first = scope.between[0]
                let second = scope.between[1]
                let onFirst = actors.contains(where: first.contains)
                let onSecond = actors.contains(where: second.contains)
                scope.actor2 =
                    onFirst && !onSecond ? second : onSecond && !onFirst ? first : (first + second).filter { !actors.contains($0) }
                scope.between = []
            }
            scope.actor1 = actors
            return scope
        }
        func conditioned(_ condition: IndicatorCondition) -> IndicatorCondition {
            var condition = condition
            // An indicator has one actor; several bound actors leave whose value it is as written.
            if actors.count == 1 { condition.actor = actors[0] }
            return condition
        }
        switch kind {
        case .prohibition(var p):
            p.scope = scoped(p.scope)
            copy.kind = .prohibition(p)
        case .obligation(var o):
            o.event = o.event.map(scoped)
            o.observation = o.observation.map(conditioned)
            copy.kind = .obligation(o)
        case .target(var t):
            t.condition = conditioned(t.condition)
            copy.kind = .target(t)
        case .rate(var r):
            r.scope = scoped(r.scope)
            copy.kind = .rate(r)
        case .maintain(var m):
            m.condition = conditioned(m.condition)
            copy.kind = .maintain(m)
        }
        copy.readings = readings.map { reading in
            var reading = reading
            reading.scope = reading.scope.map(scoped)
            reading.condition = reading.condition.map(conditioned)
            return reading
        }
        copy.bound = actors
        return copy
    }
}

extension Agreement {
    /// The agreement with the actors `reading` redefines going by the names it gives them.
    func read(as reading: Reading) -> Agreement {
        guard !reading.actors.isEmpty else { return self }
        var copy = self
        copy.actors = actors.map { actor in
            guard let names = reading.actors[actor.id] else { return actor }
            var actor = actor
            actor.aliases = names
            actor.codes = []
            return actor
        }
        return copy
    }
}
