import TruceModel

extension Provision {
    /// The provision as it binds one member of `each`: the member is the acting side (`actor1`) of every
    /// scope — a `between` becomes the member acting against its second list, less the member — and the
    /// actor of every indicator condition.
    func judged(for member: String) -> Provision {
        var copy = self
        copy.each = []
        func scoped(_ scope: EventScope) -> EventScope {
            var scope = scope
            if scope.between.count == 2 {
                scope.actor2 = scope.between[1].filter { $0 != member }
                scope.between = []
            }
            scope.actor1 = [member]
            return scope
        }
        func conditioned(_ condition: IndicatorCondition) -> IndicatorCondition {
            var condition = condition
            condition.actor = member
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
            reading.scope = scoped(reading.scope)
            return reading
        }
        copy.bound = [member]
        return copy
    }
}
