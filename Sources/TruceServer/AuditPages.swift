import TruceStorage

/// The audit log as HTML: newest first, each entry with the record before and after, and a
/// restore button where the entry kept an agreement that a write removed or replaced.
enum AuditPages {
    static func log(_ entries: [AuditEntry], total: Int, query: AuditQuery, csrf: String) -> String {
        let rows = entries.map { entry in
            let restorable = (entry.kind == "agreement" || entry.kind == "event") && entry.before != nil
            let restore =
                restorable
                ? """
                <form method="post" action="/admin/audit/\(entry.id)/restore"><input type="hidden" name="csrf" value="\(HTML.escape(csrf))">\
                <button type="submit">Restore the version before</button></form>
                """ : ""
            return """
                <tr><td>\(entry.id)</td><td>\(HTML.escape(entry.at))</td><td>\(HTML.escape(entry.actor))</td><td>\(HTML.escape(entry.action))</td>\
                <td>\(HTML.escape(entry.kind))</td><td>\(HTML.escape(entry.recordID))</td>\
                <td>\(record(entry.before))</td><td>\(record(entry.after))</td><td>\(restore)</td></tr>
                """
        }
        let filters = query.filterPairs
        let previous =
            query.offset > 0
            ? "<a href=\"/admin/audit\(HTML.query(filters + [("limit", String(query.limit)), ("offset", String(max(0, query.offset - query.limit)))]))\">Newer</a>"
            : ""
        let next =
            query.offset + entries.count < total
            ? "<a href=\"/admin/audit\(HTML.query(filters + [("limit", String(query.limit)), ("offset", String(query.offset + query.limit))]))\">Older</a>"
            : ""
        return HTML.page(
            title: "Audit log",
            body: """
                <form class="filters" method="get" action="/admin/audit">
                <label>Kind <input name="kind" value="\(HTML.escape(query.filter.kind ?? ""))"></label>
                <label>Record <input name="record" value="\(HTML.escape(query.filter.recordID ?? ""))"></label>
                <label>By <input name="actor" value="\(HTML.escape(query.filter.actor ?? ""))"></label>
                <button type="submit">Filter</button></form>
                <p>\(total) entries; \(entries.isEmpty ? "none shown" : "showing \(query.offset + 1) to \(query.offset + entries.count)"), newest first.</p>
                <table><thead><tr><th>#</th><th>When</th><th>By</th><th>Action</th><th>Kind</th><th>Record</th><th>Before</th><th>After</th><th></th></tr></thead>
                <tbody>\(rows.joined())</tbody></table>
                <p>\(previous) \(next)</p>
                """)
    }

    /// A record's JSON, folded away when long.
    private static func record(_ json: String?) -> String {
        guard let json else { return "—" }
        guard json.count > 120 else { return "<code>\(HTML.escape(json))</code>" }
        return "<details><summary><code>\(HTML.escape(String(json.prefix(80))))…</code></summary><pre>\(HTML.escape(json))</pre></details>"
    }
}
