import Foundation
import TruceCore
import TruceModel

/// The review queue as HTML: filters and order, then each pending cluster with its confidence,
/// modality, what accepting it would write, the source sentences beside it, and forms to accept,
/// edit any field of its kind, or reject it with a note.
enum ReviewPages {
    static func queue(_ clusters: [ReviewCluster], total: Int, request: ReviewQueueRequest, csrf: String) -> String {
        let query = request.query
        let hidden = "<input type=\"hidden\" name=\"csrf\" value=\"\(HTML.escape(csrf))\">"
        let rows = clusters.map { cluster in
            let sentences = cluster.reports.map { report in
                let source = [report.article.source, report.article.headline].compactMap { $0 }.joined(separator: ": ")
                return
                    "<li><q>\(HTML.escape(report.sentence))</q> <small>\(HTML.escape(source.isEmpty ? report.article.origin : source))</small></li>"
            }
            let fields = cluster.kind.editableFields.map { "<option value=\"\($0)\">\($0)</option>" }.joined()
            let edits = cluster.edits.values.sorted { $0.key < $1.key }.map { "\(HTML.escape($0.key))=\(HTML.escape($0.value))" }
            var problem = ""
            if case .failure(let error) = cluster.draft() { problem = "<p class=\"disputed-banner\">\(HTML.escape(error.message))</p>" }
            return """
                <tr><td>\(cluster.id)</td><td>\(cluster.kind.rawValue)</td><td>\(String(format: "%.2f", TruceApp.confidence(of: cluster)))</td>\
                <td>\(cluster.modality.rawValue)</td>
                <td><p>\(HTML.escape(ClusterSummary.text(of: cluster)))</p>\(problem)\(edits.isEmpty ? "" : "<p>Edits: \(edits.joined(separator: ", "))</p>")</td>
                <td><ul>\(sentences.joined())</ul></td>
                <td><form method="post" action="/review/\(cluster.id)/accept">\(hidden)\
                <label><input type="checkbox" name="allow_non_act"> not an act</label> <button type="submit">Accept</button></form>
                <form method="post" action="/review/\(cluster.id)/edit">\(hidden)<select name="field">\(fields)</select>\
                <input name="value" aria-label="value"> <button type="submit">Set</button></form>
                <form method="post" action="/review/\(cluster.id)/reject">\(hidden)<input name="note" aria-label="note" placeholder="why">\
                <button type="submit">Reject</button></form></td></tr>
                """
        }
        let kinds = option("kind", [("", "any kind")] + CandidateKind.allCases.map { ($0.rawValue, $0.rawValue) }, query.kind?.rawValue)
        let modalities = option("modality", [("", "any modality")] + Modality.allCases.map { ($0.rawValue, $0.rawValue) }, query.modality?.rawValue)
        let orders = option(
            "sort",
            [
                ("-confidence", "most confident first"), ("confidence", "least confident first"), ("id", "oldest first"),
                ("date", "earliest date first"), ("-date", "latest date first"),
            ], query.order.rawValue)
        let pairs = request.pairs + [("limit", String(query.limit))]
        let previous =
            query.offset > 0 ? "<a href=\"/review\(HTML.query(pairs + [("offset", String(max(0, query.offset - query.limit)))]))\">Previous</a>" : ""
        let next =
            query.offset + clusters.count < total
            ? "<a href=\"/review\(HTML.query(pairs + [("offset", String(query.offset + query.limit))]))\">Next</a>" : ""
        return HTML.page(
            title: "Review queue",
            body: """
                <form class="filters" method="get" action="/review">\(kinds)\(modalities)
                <label>Event type <input name="event_type" value="\(HTML.escape(query.eventType ?? ""))"></label>
                <label>Confidence from <input name="min_confidence" size="4" value="\(query.minimumConfidence.map { String($0) } ?? "")"></label>
                <label>to <input name="max_confidence" size="4" value="\(query.maximumConfidence.map { String($0) } ?? "")"></label>
                \(orders)<button type="submit">Filter</button></form>
                <p>\(total) pending clusters; \(clusters.isEmpty ? "none shown" : "showing \(query.offset + 1) to \(query.offset + clusters.count)").</p>
                <table><thead><tr><th>#</th><th>Kind</th><th>Confidence</th><th>Modality</th><th>Record</th><th>Source sentences</th><th>Decide</th></tr></thead>
                <tbody>\(rows.joined())</tbody></table>
                <p>\(previous) \(next)</p>
                """)
    }

    /// A labelled select named `name` with `choices` (value, label), `selected` chosen.
    private static func option(_ name: String, _ choices: [(String, String)], _ selected: String?) -> String {
        let options = choices.map { value, label in
            "<option value=\"\(HTML.escape(value))\"\(value == (selected ?? "") ? " selected" : "")>\(HTML.escape(label))</option>"
        }
        return "<label>\(name.capitalized) <select name=\"\(name)\">\(options.joined())</select></label>"
    }
}
