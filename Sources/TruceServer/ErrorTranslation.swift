import Hummingbird
import Logging
import TruceFormats
import TruceModel

/// Translates errors at the edge: the core's ``TruceError``s and agreement errors into a
/// deliberate 4xx naming the request field; Hummingbird's own HTTP errors keep their status;
/// anything else is logged and answered with a bare 500 that reveals nothing.
struct ErrorTranslation<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as ServerError {
            throw error
        } catch let error as TruceError {
            throw Self.translate(error)
        } catch let error as AgreementErrors {
            let message = error.errors.map(\.description).joined(separator: "\n")
            throw ServerError(.unprocessableContent, code: "invalid_agreement", message, field: "body")
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw ServerError(.contentTooLarge, code: "body_too_large", "the request body is larger than the server accepts", field: "body")
        } catch let error as any HTTPResponseError where error.status.code < 500 {
            let message = (error as? HTTPError)?.body ?? error.status.reasonPhrase
            throw ServerError(error.status, code: error.status == .notFound ? "not_found" : "invalid_input", message)
        } catch {
            context.logger.error("request.failed", metadata: ["error.type": "\(type(of: error))", "http.path": "\(request.uri.path)"])
            throw ServerError(.internalServerError, code: "internal", "the server failed to answer; the error is in its log")
        }
    }

    /// The status a core error deserves; its parameter becomes the request field (the server's
    /// query fields are named as the core names its parameters: `as_of`, `limit`).
    static func translate(_ error: TruceError) -> ServerError {
        let status: HTTPResponse.Status
        switch error.code {
        case .notFound: status = .notFound
        case .invalidInput, .invalidAgreement: status = .badRequest
        case .forbidden: status = .forbidden
        case .conflict: status = .conflict
        default: status = .internalServerError
        }
        guard status != .internalServerError else {
            return ServerError(status, code: "internal", "the server failed to answer; the error is in its log")
        }
        return ServerError(status, code: error.code.description, error.description, field: error.parameter)
    }
}
