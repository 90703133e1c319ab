import Foundation
import Hummingbird
import TruceCore
import TruceFormats
import TruceModel
import TruceStorage

/// A deadline as the API lists it.
struct DeadlineItem: Encodable {
    var agreement: String
    var provision: String
    var text: String
    var due: String
    var status: String
    var state: String

    init(_ deadline: Deadline) {
        agreement = deadline.agreement
        provision = deadline.provision
        text = deadline.text
        due = deadline.due.iso
        status = deadline.status.rawValue
        state = deadline.state.rawValue
    }
}

/// An alert as the API lists it: the change's JSON as its webhook receives it, with its delivery.
struct AlertItem: Encodable {
    var id: Int64
    var agreement: String
    var provision: String
    var from: String
    var to: String
    var asOf: String
    var detectedAt: String
    var attempts: Int
    var deliveredAt: String?
    var lastError: String?

    enum CodingKeys: String, CodingKey {
        case id, agreement, provision, from, to, attempts
        case asOf = "as_of"
        case detectedAt = "detected_at"
        case deliveredAt = "delivered_at"
        case lastError = "last_error"
    }

    init(_ alert: StoredAlert) {
        id = alert.id
        agreement = alert.agreement
        provision = alert.provision
        from = alert.fromStatus
        to = alert.toStatus
        asOf = alert.asOf
        detectedAt = alert.detectedAt
        attempts = alert.attempts
        deliveredAt = alert.deliveredAt
        lastError = alert.lastError
    }
}

extension Handlers {
    /// The deadlines page, its calendar feed, the webhook settings and their API.
    func addAlertPages(to router: Router<ServerContext>) {
        route(router, .get, "/deadlines") { request, context in
            let asOf = try QueryFields(request).day("as_of") ?? app.clock.today
            let all = try await agreements.agreements()
            let deadlines = try await app.deadlines(of: all, asOf: asOf)
            // Webhook addresses may carry a receiver's secret: only an admin sees them.
            let webhooks = context.signedIn?.role == .admin ? try await alerts?.webhooks() : nil
            let recent = try await alerts?.recent(limit: 100) ?? []
            return Responses.html(
                DeadlinePages.page(
                    deadlines, asOf: asOf, alerts: recent, webhooks: webhooks, agreementIDs: all.map(\.id), csrf: context.signedIn?.csrfToken))
        }
        route(router, .get, "/deadlines.ics") { _, _ in
            let today = app.clock.today
            let deadlines = try await app.deadlines(of: try await agreements.agreements(), asOf: today)
            let entries = deadlines.map { d in
                CalendarEntry(
                    uid: "\(d.agreement).\(d.provision)@truce", day: d.due,
                    summary: "Due: \(d.agreement) \(d.provision) (\(StatusBadge.label(d.status)))",
                    description: "\(d.title)\n\(d.text)\nStatus as of \(today.iso): \(StatusBadge.label(d.status))",
                    url: nil)
            }
            let stamp = String(app.clock.timestamp.filter { $0 != "-" && $0 != ":" })
            let text = ICalendar.document(name: "Truce deadlines", entries: entries, stamp: stamp)
            return Response(
                status: .ok, headers: [.contentType: "text/calendar; charset=utf-8", .contentDisposition: "inline; filename=\"deadlines.ics\""],
                body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        }
        route(router, .post, "/admin/webhooks") { _, context in
            let id = context.form["agreement"] ?? ""
            let url = (context.form["url"] ?? "").trimmingCharacters(in: .whitespaces)
            let alerts = try requireAlerts()
            let user = try signedIn(context).user
            if url.isEmpty {
                try await alerts.removeWebhook(agreement: id, by: user)
            } else {
                try await alerts.setWebhook(agreement: id, url: url, by: user)
            }
            return Responses.redirect(to: "/deadlines")
        }
        route(router, .get, "/api/v1/deadlines") { request, _ in
            let asOf = try QueryFields(request).day("as_of") ?? app.clock.today
            return try Responses.json(try await app.deadlines(of: try await agreements.agreements(), asOf: asOf).map(DeadlineItem.init))
        }
        route(router, .get, "/api/v1/alerts") { request, _ in
            let fields = QueryFields(request)
            let limit = try fields.integer("limit", in: 1...EventListQuery.maximumLimit, default: 100)
            let agreement = try fields.text("agreement")
            return try Responses.json(try await alerts?.recent(agreement: agreement, limit: limit).map(AlertItem.init) ?? [])
        }
        route(router, .put, "/api/v1/agreements/:agreement/webhook") { request, context in
            let fields = try QueryFields(json: try await body(request), known: ["url"])
            guard let url = try fields.text("url", maximumLength: Alerts.maximumURLLength) else {
                throw ServerError.invalid("url", "send {\"url\": \"https://…\"}")
            }
            try await requireAlerts().setWebhook(agreement: try agreementID(context), url: url, by: try signedIn(context).user)
            return Response(status: .noContent)
        }
        route(router, .delete, "/api/v1/agreements/:agreement/webhook") { _, context in
            guard try await requireAlerts().removeWebhook(agreement: try agreementID(context), by: try signedIn(context).user) else {
                throw ServerError(.notFound, code: "not_found", "this agreement has no webhook", field: "agreement")
            }
            return Response(status: .noContent)
        }
    }
}
