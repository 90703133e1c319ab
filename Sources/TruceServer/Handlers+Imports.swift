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
    /// The upload routes: analysts and admins import evidence files sent as the request body.
    static let importRules: [RouteRule] = [
        RouteRule(method: .post, path: "/api/v1/imports/:kind", access: .role(.analyst))
    ]

    /// `POST /api/v1/imports/{acled|ucdp|gdelt|observations|claims}?name=FILE` with the file as the body.
    func addImports(to router: Router<ServerContext>) {
        route(router, .post, "/api/v1/imports/:kind") { request, context in
            let raw = try context.parameters.require("kind")
            guard let kind = DatasetKind(rawValue: raw) else {
                let kinds = TruceApp.uploadableKinds.map(\.rawValue).joined(separator: ", ")
                throw ServerError.invalid("kind", "the kind of file must be one of \(kinds)")
            }
            let name = try QueryFields(request).text("name") ?? "upload"
            let body = try await body(request, limit: configuration.maximumUploadBytes)
            guard body.readableBytes > 0 else { throw ServerError.invalid("body", "the body is empty; send the file as the request body") }
            let rejects = CollectedRejects()
            let report = try await app.importUpload(
                Array(body.readableBytesView), kind: kind, name: name, rejects: rejects, by: try signedIn(context).user)
            let rejections = rejects.rejections.map { UploadReport.Rejection(line: $0.line, field: $0.field, message: $0.message) }
            return try Responses.json(UploadReport(summary: ImportSummary(report), rejections: rejections), status: .created)
        }
    }
}
