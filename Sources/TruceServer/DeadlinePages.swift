import TruceCore
import TruceModel
import TruceStorage

/// The deadlines and alerts page as HTML: upcoming and missed deadlines across agreements, the
/// status changes detected, and (for an admin) each agreement's webhook.
enum DeadlinePages {
    static func page(
        _ deadlines: [Deadline], asOf: Day, alerts: [StoredAlert], webhooks: [StoredWebhook]?, agreementIDs: [String], csrf: String?
    ) -> String {
        func table(_ rows: [Deadline]) -> String {
            guard !rows.isEmpty else { return "<p class=\"muted\">None.</p>" }
            let body = rows.map { d in
                let link = "/agreements/\(HTML.urlComponent(d.agreement))\(HTML.query([("as_of", asOf.iso)]))#p-\(HTML.escape(d.provision))"
                return """
                    <tr class="deadline-\(d.state.rawValue)"><td>\(d.due.iso)</td><td><a href="\(link)">\(HTML.escape(d.agreement)) · \(HTML.escape(d.provision))</a></td>\
                    <td>\(HTML.escape(d.text))</td><td>\(StatusBadge.html(d.status))</td></tr>
                    """
            }
            return
                "<table><thead><tr><th>Due</th><th>Provision</th><th>Text</th><th>Status as of \(asOf.iso)</th></tr></thead><tbody>\(body.joined())</tbody></table>"
        }
        let alertRows = alerts.map { a in
            let delivery =
                a.deliveredAt.map { "delivered \(HTML.escape($0))" }
                ?? (a.nextAttemptAt != nil
                    ? "waiting (\(a.attempts) attempt\(a.attempts == 1 ? "" : "s"))\(a.lastError.map { ": \(HTML.escape($0))" } ?? "")"
                    : (a.attempts > 0 ? "failed after \(a.attempts) attempts: \(HTML.escape(a.lastError ?? ""))" : "no webhook"))
            return """
                <tr><td>\(HTML.escape(a.detectedAt))</td><td>\(HTML.escape(a.agreement)) · \(HTML.escape(a.provision))</td>\
                <td>\(badge(a.fromStatus)) → \(badge(a.toStatus))</td><td>\(HTML.escape(a.asOf))</td><td>\(delivery)</td></tr>
                """
        }
        var body = """
            <p>Deadlines of every kept agreement, each provision assessed as of \(asOf.iso). \
            Subscribe in a calendar app: <a href="/deadlines.ics">/deadlines.ics</a> · <a href="/api/v1/deadlines">JSON</a></p>
            <h2>Upcoming</h2>\(table(deadlines.filter { $0.state == .upcoming }))
            <h2>Missed</h2>\(table(deadlines.filter { $0.state == .missed }))
            <h2>Met</h2>\(table(deadlines.filter { $0.state == .met }))
            <h2>Status changes</h2>
            <p class="muted">Each time new evidence turns a provision violated, overdue, lapsed or disputed, the change is listed here and \
            sent to the agreement's webhook, retried with growing delays when the receiver fails.</p>
            """
        body +=
            alertRows.isEmpty
            ? "<p class=\"muted\">No status change detected yet.</p>"
            : "<table><thead><tr><th>Detected</th><th>Provision</th><th>Change</th><th>As of</th><th>Webhook</th></tr></thead><tbody>\(alertRows.joined())</tbody></table>"
        if let webhooks, let csrf {
            let rows = webhooks.map {
                "<tr><td>\(HTML.escape($0.agreement))</td><td><code>\(HTML.escape($0.url))</code></td><td>\(HTML.escape($0.savedAt))</td></tr>"
            }
            let options = agreementIDs.map { "<option value=\"\(HTML.escape($0))\">\(HTML.escape($0))</option>" }.joined()
            body += """
                <h2>Webhooks (admin)</h2>
                \(rows.isEmpty ? "<p class=\"muted\">No webhook set.</p>" : "<table><thead><tr><th>Agreement</th><th>URL</th><th>Set</th></tr></thead><tbody>\(rows.joined())</tbody></table>")
                <form class="filters" method="post" action="/admin/webhooks">
                <input type="hidden" name="csrf" value="\(HTML.escape(csrf))">
                <label>Agreement <select name="agreement">\(options)</select></label>
                <label>URL (empty removes it) <input type="url" name="url" size="50"></label>
                <button type="submit">Save webhook</button></form>
                """
        }
        return HTML.page(title: "Deadlines and alerts", body: body)
    }

    private static func badge(_ raw: String) -> String {
        Status(rawValue: raw).map(StatusBadge.html) ?? HTML.escape(raw)
    }
}
