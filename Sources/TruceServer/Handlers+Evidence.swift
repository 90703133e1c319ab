import Foundation
import Hummingbird
import TruceCore
import TruceModel

/// What writing one record did, as the API answers it.
struct RecordWriteDocument: Encodable {
    var action: String
    var key: String
    var snapshot: Int64
}

extension Handlers {
    /// The evidence-writing routes: analysts and admins create observations and claims (or replace one
    /// by its id), and create events or edit those written here.
    static let evidenceRules: [RouteRule] = [
        RouteRule(method: .post, path: "/api/v1/observations", access: .role(.analyst)),
        RouteRule(method: .post, path: "/api/v1/claims", access: .role(.analyst)),
        RouteRule(method: .post, path: "/api/v1/events", access: .role(.analyst)),
        RouteRule(method: .patch, path: "/api/v1/events/manual/:key", access: .role(.analyst)),
    ]

    /// `POST /api/v1/observations` and `POST /api/v1/claims`, each with a JSON object of the file's columns.
    func addEvidence(to router: Router<ServerContext>) {
        for kind in WritableRecordKind.allCases {
            route(router, .post, "/api/v1/\(kind.rawValue)") { request, context in
                let fields = try JSONFieldValues(json: try await body(request))
                let user = try signedIn(context).user
                let write = try await recordingAlerts { try await app.writeRecord(kind, fields: fields.values, by: user) }
                return try Responses.json(
                    RecordWriteDocument(action: write.action, key: write.key, snapshot: write.report.snapshot),
                    status: write.action == "create" ? .created : .ok)
            }
        }
        route(router, .post, "/api/v1/events") { request, context in
            let fields = try JSONFieldValues(json: try await body(request))
            let user = try signedIn(context).user
            let write = try await recordingAlerts { try await app.writeEvent(key: nil, fields: fields.values, by: user) }
            return try Responses.json(RecordWriteDocument(action: write.action, key: write.key, snapshot: write.report.snapshot), status: .created)
        }
        route(router, .patch, "/api/v1/events/manual/:key") { request, context in
            let raw = try context.parameters.require("key")
            let fields = try JSONFieldValues(json: try await body(request))
            guard !fields.values.isEmpty else { throw ServerError.invalid("body", "name at least one field to change") }
            let (key, user) = (raw.removingPercentEncoding ?? raw, try signedIn(context).user)
            let write = try await recordingAlerts { try await app.writeEvent(key: key, fields: fields.values, by: user) }
            return try Responses.json(RecordWriteDocument(action: write.action, key: write.key, snapshot: write.report.snapshot))
        }
    }
}
