import TruceCore
import TruceModel

/// The agreement pages as HTML: the list, the assessment as of a day, and one provision's evidence.
/// Pure functions of the core's values; every dynamic value is escaped through ``HTML``.
enum AgreementPages {
    static func list(_ agreements: [Agreement]) -> String {
        guard !agreements.isEmpty else {
            return HTML.page(
                title: "Agreements",
                body:
                    "<p>The store keeps no agreement yet. Add one with <code>truce agreement add FILE</code>, or <a href=\"/agreements/new\">as YAML here</a> (admin).</p>"
            )
        }
        let rows = agreements.map { a in
            """
            <tr><td><a href="/agreements/\(HTML.urlComponent(a.id))">\(HTML.escape(a.id))</a></td><td>\(HTML.escape(a.title))</td>\
            <td>\(a.signed.iso)</td><td>\(HTML.escape(a.parties.joined(separator: ", ")))</td><td>\(a.provisions.count)</td></tr>
            """
        }
        return HTML.page(
            title: "Agreements",
            body: """
                <p><a href="/agreements/new">Add an agreement as YAML</a> (admin)</p>
                <table><thead><tr><th>Id</th><th>Title</th><th>Signed</th><th>Parties</th><th>Provisions</th></tr></thead>
                <tbody>\(rows.joined(separator: "\n"))</tbody></table>
                """)
    }

    /// The deadlines of a provision worth marking on its band.
    static func marks(of provision: Provision, in agreement: Agreement) -> [(day: Day, label: String)] {
        guard let due = try? agreement.dueDay(of: provision) else { return [] }
        return [(due, "due")]
    }

    static func assessment(_ assessment: Assessment, of agreement: Agreement) -> String {
        let id = HTML.urlComponent(agreement.id)
        let asOf = assessment.asOf.iso
        let disputed = assessment.provisions.filter { $0.status == .disputed }
        var body = """
            <p class="muted">\(HTML.escape(agreement.title)) · signed \(agreement.signed.iso) · parties \(HTML.escape(agreement.parties.joined(separator: ", ")))</p>
            <form class="filters" method="get" action="/agreements/\(id)">
            <label>As of <input type="date" name="as_of" value="\(asOf)"></label><button type="submit">Assess</button>
            <a href="/agreements/\(id)/timeline\(HTML.query([("as_of", asOf)]))">Events per day</a>
            <a href="/deadlines">Deadlines and alerts</a>
            <a href="/agreements/\(id)/edit">Edit YAML</a>
            <a href="/api/v1/agreements/\(id)/assessment\(HTML.query([("as_of", asOf)]))">JSON</a>
            </form>
            <p>Assessed as of <strong>\(asOf)</strong>\(assessment.snapshots.isEmpty ? "" : " on imports \(assessment.snapshots.map(String.init).joined(separator: ", "))").</p>
            """
        if !disputed.isEmpty {
            let items = disputed.map { "<li><a href=\"#p-\(HTML.escape($0.id))\">\(HTML.escape($0.id))</a>: \(HTML.escape($0.text))</li>" }
            body +=
                "<div class=\"disputed-banner\"><strong>Disputed: the parties' readings disagree on \(disputed.count) provision\(disputed.count == 1 ? "" : "s").</strong><ul>\(items.joined())</ul></div>"
        }
        // Disputed provisions first, then the others in the agreement's order.
        let ordered = disputed + assessment.provisions.filter { $0.status != .disputed }
        for item in ordered {
            body += provisionSection(item, agreement: agreement, asOf: assessment.asOf)
        }
        return HTML.page(title: "\(agreement.id) as of \(asOf)", body: body)
    }

    static func provisionSection(_ item: ProvisionAssessment, agreement: Agreement, asOf: Day) -> String {
        let provision = agreement.provision(item.id)
        let marks = provision.map { self.marks(of: $0, in: agreement) } ?? []
        let evidenceLink =
            "/agreements/\(HTML.urlComponent(agreement.id))/provisions/\(HTML.urlComponent(item.id))\(HTML.query([("as_of", asOf.iso)]))"
        let rows = item.readings.map { reading in
            // A window before the signing (a reduction in violence) starts the band early.
            let start = min(agreement.signed, reading.timeline.first?.from ?? agreement.signed)
            let band = StatusBandSVG(timeline: reading.timeline, start: start, end: asOf, marks: marks).render()
            return """
                <tr><td>\(HTML.escape(reading.reading))</td><td>\(StatusBadge.html(reading.status))</td><td>\(HTML.escape(reading.reason))</td>\
                <td><a href="\(evidenceLink)#r-\(HTML.escape(reading.reading))">\(reading.evidence.count) item\(reading.evidence.count == 1 ? "" : "s")</a></td></tr>
                <tr><td></td><td colspan="3">\(band)</td></tr>
                """
        }
        return """
            <section class="provision\(item.status == .disputed ? " disputed" : "")" id="p-\(HTML.escape(item.id))">
            <h2>\(HTML.escape(item.id)) \(StatusBadge.html(item.status)) <span class="muted">\(HTML.escape(item.kind))</span></h2>
            <p>\(HTML.escape(item.text))</p>
            <table><thead><tr><th>Reading</th><th>Status</th><th>Why</th><th>Evidence</th></tr></thead><tbody>\(rows.joined())</tbody></table>
            </section>
            """
    }

    static func evidence(_ item: ProvisionAssessment, of agreement: Agreement, asOf: Day) -> String {
        var body = """
            <p><a href="/agreements/\(HTML.urlComponent(agreement.id))\(HTML.query([("as_of", asOf.iso)]))#p-\(HTML.escape(item.id))">Back to the assessment</a></p>
            <p>\(StatusBadge.html(item.status)) \(HTML.escape(item.text))</p>
            """
        for reading in item.readings {
            let rows = reading.evidence.map { e in
                let provenance =
                    e.provenance.map { p in
                        "\(HTML.escape(p.file)):\(p.line)" + (p.snapshot.map { " (import \($0))" } ?? "")
                    } ?? "—"
                return """
                    <tr><td>\(HTML.escape(e.kind.rawValue))</td><td>\(e.date.iso)</td><td>\(HTML.escape(e.id))</td><td>\(HTML.escape(e.summary))</td>\
                    <td>\(HTML.escape(e.role))</td><td>\(HTML.escape(e.sources.joined(separator: "; ")))</td><td>\(provenance)</td>\
                    <td>\(HTML.escape(e.incident ?? ""))</td></tr>
                    """
            }
            body += """
                <h2 id="r-\(HTML.escape(reading.reading))">Reading: \(HTML.escape(reading.reading)) \(StatusBadge.html(reading.status))</h2>
                <p>\(HTML.escape(reading.reason))</p>
                """
            body +=
                rows.isEmpty
                ? "<p class=\"muted\">No evidence bears on this reading as of \(asOf.iso).</p>"
                : """
                <table><thead><tr><th>Kind</th><th>Date</th><th>Id</th><th>Summary</th><th>Role</th><th>Sources</th><th>Provenance</th><th>Incident</th></tr></thead>
                <tbody>\(rows.joined(separator: "\n"))</tbody></table>
                """
        }
        return HTML.page(title: "\(agreement.id) · \(item.id) as of \(asOf.iso)", body: body)
    }

    static func timeline(_ svg: String, agreement: Agreement, asOf: Day, query: EventListQuery, grouping: EventGrouping) -> String {
        let id = HTML.urlComponent(agreement.id)
        let choices = [(EventGrouping.none, "Total"), (.type, "By event type"), (.actorPair, "By actor pair")].map { value, label in
            "<option value=\"\(value.rawValue)\"\(value == grouping ? " selected" : "")>\(label)</option>"
        }
        return HTML.page(
            title: "\(agreement.id) · events per day to \(asOf.iso)",
            body: """
                <p><a href="/agreements/\(id)\(HTML.query([("as_of", asOf.iso)]))">Back to the assessment</a> · \
                <a href="/events/map\(HTML.query(query.filterPairs))">Map of these events</a> · \
                Events matching the filters, per day; click a day to list its events. Dashed lines: the signing and each deadline; \
                shaded spans: the rate provisions' windows and baselines.</p>
                \(EventPages.filterForm(action: "/agreements/\(id)/timeline", query: query, hidden: [("as_of", asOf.iso)], extra: "<label>Stack <select name=\"stack\">\(choices.joined())</select></label>"))
                \(svg)
                """)
    }
}
