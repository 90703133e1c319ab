import Hummingbird
import TruceCore
import TruceFormats

/// An upload's report: the import's summary and the first rejected rows, each with its line and field.
struct UploadReport: Encodable {
    struct Rejection: Encodable {
        var line: Int
        var field: String?
        var message: String
    }
    var summary: ImportSummary
    var rejections: [Rejection]
}

extension Handlers {
    /// The upload routes: analysts and admins import evidence files and articles sent as the request body.
    static let importRules: [RouteRule] = [
        RouteRule(method: .post, path: "/api/v1/imports/:kind", access: .role(.analyst))
    ]

    /// The kind of upload meaning a news article, coded into candidates for review.
    static let articlesKind = "articles"

    /// `POST /api/v1/imports/{acled|ucdp|gdelt|observations|claims|articles}?name=FILE[&source=OUTLET]`
    /// with the file as the body.
    func addImports(to router: Router<ServerContext>) {
        route(router, .post, "/api/v1/imports/:kind") { request, context in
            let raw = try context.parameters.require("kind")
            let kind = DatasetKind(rawValue: raw)
            guard kind != nil || raw == Self.articlesKind else {
                let kinds = TruceApp.uploadableKinds.map(\.rawValue) + [Self.articlesKind]
                throw ServerError.invalid("kind", "the kind of upload must be one of \(kinds.joined(separator: ", "))")
            }
            let fields = QueryFields(request)
            let name = try fields.text("name") ?? "upload"
            let user = try signedIn(context).user
            let body = try await body(request, limit: configuration.maximumUploadBytes)
            guard body.readableBytes > 0 else { throw ServerError.invalid("body", "the body is empty; send the file as the request body") }
            guard let kind else {
                let intake = try await app.importArticleUpload(Array(body.readableBytesView), name: name, source: try fields.text("source"), by: user)
                return try Responses.json(ArticleImportSummary(intake), status: intake.stored.snapshot == nil ? .ok : .created)
            }
            let rejects = CollectedRejects()
            let report = try await recordingAlerts {
                try await app.importUpload(Array(body.readableBytesView), kind: kind, name: name, rejects: rejects, by: user)
            }
            let rejections = rejects.rejections.map { UploadReport.Rejection(line: $0.line, field: $0.field, message: $0.message) }
            return try Responses.json(UploadReport(summary: ImportSummary(report), rejections: rejections), status: .created)
        }
    }
}
