import Foundation
public import Hummingbird
import TruceModel

/// An error as the server answers it: a deliberate status, a machine-readable code, a message
/// that says what to do, and the request field it is about.
///
/// API requests (under `/api/`) get it as JSON `{"error": {"code", "message", "field"}}`; pages get
/// a small HTML page with the same text, escaped.
public struct ServerError: HTTPResponseError, Sendable {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// A stable code: `invalid_input`, `not_found`, `body_too_large`, `invalid_agreement`, `internal`.
    public var code: String
    /// What went wrong and what to do; never holds internal details.
    public var message: String
    /// The request field (query parameter, path parameter, `body`) it is about, when there is one.
    public var field: String?

    /// An error answered with `status`.
    public init(_ status: HTTPResponse.Status, code: String, _ message: String, field: String? = nil) {
        self.status = status
        self.code = code
        self.message = message
        self.field = field
    }

    /// A 400 about `field`.
    static func invalid(_ field: String, _ message: String) -> ServerError {
        ServerError(.badRequest, code: "invalid_input", message, field: field)
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        if request.uri.path.hasPrefix("/api/") {
            var error: [String: String] = ["code": code, "message": message]
            error["field"] = field
            let body = try JSONSerialization.data(withJSONObject: ["error": error], options: [.sortedKeys])
            return Response(
                status: status, headers: [.contentType: "application/json; charset=utf-8"],
                body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
        }
        let fieldLine = field.map { "<p>Request field: <code>\(HTML.escape($0))</code></p>" } ?? ""
        let html = HTML.page(title: "\(status.code) \(status.reasonPhrase)", body: "<p>\(HTML.escape(message))</p>\(fieldLine)")
        return Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: html)))
    }
}
