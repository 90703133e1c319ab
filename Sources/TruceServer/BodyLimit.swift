import Hummingbird

/// Refuses a request whose declared body is larger than the limit before reading any of it;
/// handlers that read a body read at most the same limit, which covers bodies sent without a length.
/// Uploads (paths under ``uploadPrefix``) have their own, larger limit.
struct BodyLimit<Context: RequestContext>: RouterMiddleware {
    let maximumBytes: Int
    let maximumUploadBytes: Int

    /// The paths that take evidence files.
    static var uploadPrefix: String { "/api/v1/imports/" }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let maximumBytes = request.uri.path.hasPrefix(Self.uploadPrefix) ? maximumUploadBytes : maximumBytes
        if let declared = request.headers[.contentLength], let length = Int(declared), length > maximumBytes {
            throw ServerError(
                .contentTooLarge, code: "body_too_large", "the request body is \(length) bytes; the server accepts at most \(maximumBytes)",
                field: "body")
        }
        return try await next(request, context)
    }
}
