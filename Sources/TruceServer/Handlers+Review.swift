import Hummingbird
import TruceCore
import TruceModel

/// One page of the review queue as the API answers it.
struct ReviewQueuePage: Encodable {
    var clusters: [ClusterDocument]
    var total: Int
    var limit: Int
    var offset: Int
}

/// What accepting a cluster wrote.
struct AcceptedDocument: Encodable {
    var cluster: ClusterDocument
    /// The snapshot the accepted records were written in.
    var snapshots: [Int64]
}

extension Handlers {
    /// The review queue: analysts and admins list candidate records from coded articles and accept,
    /// edit or reject them through the core's audited review use cases.
    static let reviewRules: [RouteRule] = [
        RouteRule(method: .get, path: "/review", access: .role(.analyst)),
        RouteRule(method: .post, path: "/review/:cluster/accept", access: .role(.analyst)),
        RouteRule(method: .post, path: "/review/:cluster/reject", access: .role(.analyst)),
        RouteRule(method: .post, path: "/review/:cluster/edit", access: .role(.analyst)),
        RouteRule(method: .get, path: "/api/v1/review", access: .role(.analyst)),
        RouteRule(method: .get, path: "/api/v1/review/:cluster", access: .role(.analyst)),
        RouteRule(method: .patch, path: "/api/v1/review/:cluster", access: .role(.analyst)),
        RouteRule(method: .post, path: "/api/v1/review/:cluster/accept", access: .role(.analyst)),
        RouteRule(method: .post, path: "/api/v1/review/:cluster/reject", access: .role(.analyst)),
    ]

    /// The members `POST /api/v1/review/{id}/accept` and `…/reject` read.
    static let reviewDecisionFields: Set<String> = ["allow_non_act", "indicator", "note"]

    /// The review page and API.
    func addReview(to router: Router<ServerContext>) {
        route(router, .get, "/review") { request, context in
            let queue = try ReviewQueueRequest(request)
            let page = try await app.reviewQueue(queue.query)
            return Responses.html(ReviewPages.queue(page.clusters, total: page.total, request: queue, csrf: try signedIn(context).csrfToken))
        }
        route(router, .post, "/review/:cluster/accept") { _, context in
            let (id, user, allowNonAct) = (try clusterID(context), try signedIn(context).user, context.form["allow_non_act"] == "on")
            _ = try await writes.accept([id], reviewer: user, actor: user, allowNonAct: allowNonAct)
            return Responses.redirect(to: "/review")
        }
        route(router, .post, "/review/:cluster/reject") { _, context in
            let user = try signedIn(context).user
            try await writes.reject(
                [try clusterID(context)], note: context.form["note"].flatMap { $0.isEmpty ? nil : $0 }, reviewer: user, actor: user)
            return Responses.redirect(to: "/review")
        }
        route(router, .post, "/review/:cluster/edit") { _, context in
            guard let field = context.form["field"], !field.isEmpty else { throw ServerError.invalid("field", "choose the field to set") }
            _ = try await app.editAudited(try clusterID(context), fields: [field: context.form["value"] ?? ""], reviewer: try signedIn(context).user)
            return Responses.redirect(to: "/review")
        }
        route(router, .get, "/api/v1/review") { request, _ in
            let queue = try ReviewQueueRequest(request)
            let page = try await app.reviewQueue(queue.query)
            return try Responses.json(
                ReviewQueuePage(
                    clusters: page.clusters.map { ClusterDocument($0) }, total: page.total, limit: queue.query.limit, offset: queue.query.offset))
        }
        route(router, .get, "/api/v1/review/:cluster") { _, context in
            let (cluster, actions) = try await app.reviewCluster(try clusterID(context))
            return try Responses.json(ClusterDocument(cluster, actions: actions))
        }
        route(router, .patch, "/api/v1/review/:cluster") { request, context in
            let fields = try JSONFieldValues(json: try await body(request))
            return try Responses.json(
                ClusterDocument(try await app.editAudited(try clusterID(context), fields: fields.values, reviewer: try signedIn(context).user)))
        }
        route(router, .post, "/api/v1/review/:cluster/accept") { request, context in
            let fields = try await decisionFields(request)
            let allow = try fields.text("allow_non_act")
            guard allow == nil || allow == "true" || allow == "false" else {
                throw ServerError.invalid("allow_non_act", "'allow_non_act' must be \"true\" or \"false\"")
            }
            let id = try clusterID(context)
            let (user, indicator) = (try signedIn(context).user, try fields.text("indicator"))
            let accepted = try await writes.accept([id], reviewer: user, actor: user, allowNonAct: allow == "true", indicator: indicator).records
            let (cluster, _) = try await app.reviewCluster(id)
            return try Responses.json(AcceptedDocument(cluster: ClusterDocument(cluster), snapshots: Array(Set(accepted.map(\.snapshot))).sorted()))
        }
        route(router, .post, "/api/v1/review/:cluster/reject") { request, context in
            let fields = try await decisionFields(request)
            let id = try clusterID(context)
            let user = try signedIn(context).user
            try await writes.reject([id], note: try fields.text("note"), reviewer: user, actor: user)
            return try Responses.json(ClusterDocument(try await app.reviewCluster(id).cluster))
        }
    }

    /// The JSON object of a decision, or no fields for an empty body.
    private func decisionFields(_ request: Request) async throws -> QueryFields {
        let body = try await body(request)
        return try QueryFields(json: body.readableBytes == 0 ? ByteBuffer(string: "{}") : body, known: Self.reviewDecisionFields)
    }

    /// The path parameter `cluster`: a review cluster's number.
    private func clusterID(_ context: ServerContext) throws -> Int64 {
        guard let id = Int64(try context.parameters.require("cluster")), id > 0 else {
            throw ServerError.invalid("cluster", "'cluster' must be a review cluster's number")
        }
        return id
    }
}
