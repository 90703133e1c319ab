import Hummingbird
import TruceCore
import TruceModel
import TruceStorage

/// The audit log's filters and page, the same on the page and the API: `kind`, `record`, `actor`, `limit`, `offset`.
struct AuditQuery: Sendable {
    var filter: AuditFilter
    var limit: Int
    var offset: Int

    static let defaultLimit = 50
    /// The furthest a page may start.
    static let maximumOffset = 100_000_000

    init(_ request: Request) throws {
        let fields = QueryFields(request)
        filter = AuditFilter(kind: try fields.text("kind"), recordID: try fields.text("record"), actor: try fields.text("actor"))
        limit = try fields.integer("limit", in: 1...AuditTrail.maximumPageSize, default: Self.defaultLimit)
        offset = try fields.integer("offset", in: 0...Self.maximumOffset, default: 0)
    }

    /// The filter as query pairs, for the page's links.
    var filterPairs: [(String, String?)] { [("kind", filter.kind), ("record", filter.recordID), ("actor", filter.actor)] }
}

/// What a restore brought back.
struct RestoredRecord: Encodable {
    var kind: String
    var id: String
}

/// One page of the audit log as the API answers it.
struct AuditPage: Encodable {
    var entries: [AuditEntry]
    var total: Int
    var limit: Int
    var offset: Int
}

extension Handlers {
    /// The audit log's routes: admins read it and restore what a write removed or replaced.
    static let auditRules: [RouteRule] = [
        RouteRule(method: .get, path: "/admin/audit", access: .role(.admin)),
        RouteRule(method: .post, path: "/admin/audit/:entry/restore", access: .role(.admin)),
        RouteRule(method: .get, path: "/api/v1/audit", access: .role(.admin)),
        RouteRule(method: .post, path: "/api/v1/audit/:entry/restore", access: .role(.admin)),
    ]

    /// The audit log page and API.
    func addAudit(to router: Router<ServerContext>) {
        route(router, .get, "/admin/audit") { request, context in
            let query = try AuditQuery(request)
            let page = try await accounts.audit.entries(matching: query.filter, limit: query.limit, offset: query.offset)
            return Responses.html(AuditPages.log(page.entries, total: page.total, query: query, csrf: try signedIn(context).csrfToken))
        }
        route(router, .post, "/admin/audit/:entry/restore") { _, context in
            try await restore(context)
            return Responses.redirect(to: "/admin/audit")
        }
        route(router, .get, "/api/v1/audit") { request, _ in
            let query = try AuditQuery(request)
            let page = try await accounts.audit.entries(matching: query.filter, limit: query.limit, offset: query.offset)
            return try Responses.json(AuditPage(entries: page.entries, total: page.total, limit: query.limit, offset: query.offset))
        }
        route(router, .post, "/api/v1/audit/:entry/restore") { _, context in
            try Responses.json(try await restore(context))
        }
    }

    /// Restores the record the path's audit entry names, as the signed-in admin: an agreement's text,
    /// or an event's version before an edit.
    @discardableResult
    private func restore(_ context: ServerContext) async throws -> RestoredRecord {
        let raw = try context.parameters.require("entry")
        guard let id = Int64(raw), id > 0 else { throw ServerError.invalid("entry", "'entry' must be an audit entry's number") }
        let entry = try await accounts.audit.entry(id)
        let user = try signedIn(context).user
        if entry.kind == "event" {
            let event = try await recordingAlerts { try await app.restoreEvent(from: entry, by: user) }
            return RestoredRecord(kind: "event", id: event.key)
        }
        return RestoredRecord(kind: "agreement", id: try await agreements.restore(entry: entry, by: user).id)
    }
}
