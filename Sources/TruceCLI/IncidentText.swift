import TruceModel

/// Incidents for people: a block per incident, its members indented under it.
enum IncidentText {
    /// ```
    /// acled:148MYA  2015-02-23  Laukkai, Shan, Myanmar  deaths 9 (sources: 9 to 9)
    ///   low 9 acled:148MYA · best 9 acled:148MYA · high 9 acled:148MYA
    ///   acled 148MYA  2015-02-23  Battles: Military Forces of Myanmar → MNDAA  9 killed
    ///   ucdp  210722  2015-02-23  Battles: Government of Myanmar (Burma) → MNDAA  9 killed (9–9)  30 km apart
    /// ```
    static func block(_ incident: Incident, events: [Event], width: Int) -> String {
        var span = incident.date.day.iso
        if incident.date.earliest != incident.date.latest { span = "\(incident.date.earliest.iso)…\(incident.date.latest.iso)" }
        let place = [incident.place, incident.admin1, incident.country].compactMap { $0 }.joined(separator: ", ")
        var lines = ["\(incident.id)  \(span)  \(place)  \(deaths(incident.fatalities))"]
        let f = incident.fatalities
        let bounds = [("low", f.low, f.lowFrom), ("best", f.best, f.bestFrom), ("high", f.high, f.highFrom)].compactMap { name, value, from in
            value.map { "\(name) \($0)" + (from.map { " \($0)" } ?? "") }
        }
        if !bounds.isEmpty { lines.append("  " + bounds.joined(separator: " · ")) }
        let datasetWidth = events.map(\.dataset.count).max() ?? 0
        for event in events {
            let actors = [event.actor1.name, event.actor2.name].compactMap { $0 }.joined(separator: " → ")
            var line = "  \(event.dataset.padding(to: datasetWidth)) \(event.key)  \(event.date.day.iso)  \(event.type.event): \(actors)"
            let fatalities = event.fatalities
            if let best = fatalities.best {
                line += "  \(best) killed"
                if let low = fatalities.low, let high = fatalities.high, low != high { line += " (\(low)–\(high))" }
            }
            // Each member after the first shows the link that joined it.
            let ref = EventRef(event)
            if ref != incident.members.first, let link = incident.links.first(where: { $0.first == ref || $0.second == ref }) {
                line += "  " + describe(link)
            }
            lines.append(fit(line, width))
        }
        return lines.joined(separator: "\n")
    }

    /// "2 to 12 killed, best 4", "none reported".
    static func deaths(_ f: CombinedFatalities) -> String {
        guard let best = f.best ?? f.low ?? f.high else { return "deaths not reported" }
        if let low = f.low, let high = f.high, low != high { return "\(low) to \(high) killed, best \(best)" }
        return "\(best) killed"
    }

    /// "same day, 5 km apart", "1 day apart, same admin1".
    static func describe(_ link: IncidentLink) -> String {
        let days = link.daysApart == 0 ? "dates overlap" : "\(link.daysApart) day\(link.daysApart == 1 ? "" : "s") apart"
        let place = link.distanceKm.map { "\(Int($0.rounded())) km" } ?? "same admin1"
        return "[\(days), \(place)]"
    }

    static func place(_ location: Location) -> String {
        [location.place, location.admin1, location.country].compactMap { $0 }.joined(separator: ", ")
    }

    private static func fit(_ line: String, _ width: Int) -> String {
        let flat = line.replacingNewlines()
        return flat.count <= width ? flat : String(flat.prefix(max(0, width - 1))) + "…"
    }
}
