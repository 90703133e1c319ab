import Hummingbird
import TruceCore
import TruceModel

/// What writing one record did, as the API answers it.
struct RecordWriteDocument: Encodable {
    var action: String
    var snapshot: Int64
}

extension Handlers {
    /// The evidence-writing routes: analysts and admins create observations and claims, or replace one by its id.
    static let evidenceRules: [RouteRule] = [
        RouteRule(method: .post, path: "/api/v1/observations", access: .role(.analyst)),
        RouteRule(method: .post, path: "/api/v1/claims", access: .role(.analyst)),
    ]

    /// `POST /api/v1/observations` and `POST /api/v1/claims`, each with a JSON object of the file's columns.
    func addEvidence(to router: Router<ServerContext>) {
        for kind in WritableRecordKind.allCases {
            route(router, .post, "/api/v1/\(kind.rawValue)") { request, context in
                let fields = try ReviewFieldValues(json: try await body(request))
                let write = try await app.writeRecord(kind, fields: fields.values, by: try signedIn(context).user)
                return try Responses.json(
                    RecordWriteDocument(action: write.action, snapshot: write.report.snapshot), status: write.action == "create" ? .created : .ok)
            }
        }
    }
}
