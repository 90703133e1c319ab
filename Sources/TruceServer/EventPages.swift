import TruceCore
import TruceModel

/// The events page as HTML: the filter form, one page of the table, the pager and the export links.
enum EventPages {
    static func filterForm(action: String, query: EventListQuery, hidden: [(String, String)] = [], extra: String = "") -> String {
        let f = query.filter
        func field(_ label: String, _ name: String, _ value: String?, type: String = "text") -> String {
            "<label>\(label) <input type=\"\(type)\" name=\"\(name)\" value=\"\(HTML.escape(value ?? ""))\"></label>"
        }
        let hiddenFields = hidden.map { "<input type=\"hidden\" name=\"\(HTML.escape($0.0))\" value=\"\(HTML.escape($0.1))\">" }.joined()
        return """
            <form class="filters" method="get" action="\(HTML.escape(action))">\(hiddenFields)
            \(field("From", "from", f.from?.iso, type: "date"))\(field("To", "to", f.to?.iso, type: "date"))\(field("Actor", "actor", f.actor))\
            \(field("Type", "type", f.type))\(field("Admin1", "admin1", f.admin1))\(field("Country", "country", f.country))\
            \(field("Data set", "dataset", f.dataset))\(extra)<button type="submit">Filter</button></form>
            """
    }

    static func list(_ page: EventPage, query: EventListQuery) -> String {
        let pairs = query.filterPairs
        let rows = page.events.map { e in
            let provenance = e.provenance.map { "\(HTML.escape($0.file)):\($0.line)" } ?? ""
            let fatalities = e.fatalities.best.map(String.init) ?? "—"
            return """
                <tr><td>\(e.date.day.iso)</td><td>\(HTML.escape(e.dataset)):\(HTML.escape(e.key))</td>\
                <td>\(HTML.escape(e.type.event))\(e.type.subEvent.map { "<br><span class=\"muted\">\(HTML.escape($0))</span>" } ?? "")</td>\
                <td>\(HTML.escape(e.actor1.name ?? ""))</td><td>\(HTML.escape(e.actor2.name ?? ""))</td>\
                <td>\(HTML.escape([e.location.admin1, e.location.place].compactMap { $0 }.joined(separator: " · ")))</td>\
                <td>\(fatalities)</td><td>\(HTML.escape(e.notes ?? ""))</td><td>\(HTML.escape(e.sources.joined(separator: "; ")))</td><td>\(provenance)</td></tr>
                """
        }
        let first = page.events.isEmpty ? 0 : page.offset + 1
        let last = page.offset + page.events.count
        var pager: [String] = []
        if page.offset > 0 {
            let previous = max(0, page.offset - query.limit)
            pager.append("<a href=\"/events\(HTML.query(pairs + [("limit", String(query.limit)), ("offset", String(previous))]))\">Previous</a>")
        }
        if last < page.total {
            pager.append("<a href=\"/events\(HTML.query(pairs + [("limit", String(query.limit)), ("offset", String(last))]))\">Next</a>")
        }
        let table =
            rows.isEmpty
            ? "<p class=\"muted\">No event matches these filters.</p>"
            : """
            <table><thead><tr><th>Date</th><th>Id</th><th>Type</th><th>Actor 1</th><th>Actor 2</th><th>Admin1 · place</th><th>Fatalities</th>\
            <th>Notes</th><th>Sources</th><th>Provenance</th></tr></thead><tbody>\(rows.joined(separator: "\n"))</tbody></table>
            """
        return HTML.page(
            title: "Events",
            body: """
                \(filterForm(action: "/events", query: query))
                <p>\(first)–\(last) of \(page.totalIsLowerBound ? "more than \(page.total)" : String(page.total)) · export: <a href="/events/export.csv\(HTML.query(pairs))">CSV</a> \
                <a href="/events/export.geojson\(HTML.query(pairs))">GeoJSON</a> <a href="/api/v1/events\(HTML.query(pairs))">JSON</a> · \
                <a href="/events/map\(HTML.query(pairs))">Map</a></p>
                \(table)
                <p class="pager">\(pager.joined(separator: " "))</p>
                """)
    }

    /// The map page: the filter form, the SVG map, and the admin1 areas in a table (the same facts in words).
    static func map(_ map: EventMap, query: EventListQuery) -> String {
        let pairs = query.filterPairs
        let svg = EventMapSVG(points: map.points, linkPairs: pairs.filter { $0.0 != "from" && $0.0 != "to" }).render()
        let areas = EventMapSVG.areas(map.points).map { area in
            let link = "/events" + HTML.query(pairs.filter { $0.0 != "admin1" } + [("admin1", area.name)])
            return "<tr><td><a href=\"\(link)\">\(HTML.escape(area.name))</a></td><td>\(area.count)</td></tr>"
        }
        let notes = [
            map.truncated ? "Only the first \(map.points.count) placed events are drawn; narrow the filters to see the rest." : nil,
            map.unplaced > 0
                ? "\(map.unplaced) matching event\(map.unplaced == 1 ? " has" : "s have") no latitude and longitude and \(map.unplaced == 1 ? "is" : "are") not drawn."
                : nil,
        ].compactMap { $0 }.map { "<p class=\"muted\">\($0)</p>" }
        return HTML.page(
            title: "Map of events",
            body: """
                \(filterForm(action: "/events/map", query: query))
                <p>\(map.points.count) event\(map.points.count == 1 ? "" : "s") drawn; a point's area grows with its fatalities; \
                click a point to list its day's events. No coastlines or borders: a grid of degrees, and each province (admin1) named at \
                the centre of its events. <a href="/events\(HTML.query(pairs))">Table</a> · \
                <a href="/events/export.geojson\(HTML.query(pairs))">GeoJSON</a></p>
                \(notes.joined())
                \(svg)
                \(areas.isEmpty ? "" : "<table><thead><tr><th>Admin1</th><th>Events drawn</th></tr></thead><tbody>\(areas.joined())</tbody></table>")
                """)
    }
}
