import Hummingbird
import TruceCore

/// Finds who the request acts for, and puts them in the context: the owner of an API token sent as
/// `Authorization: Bearer …` to `/api/`, or else the user of the session the cookie names. A bearer
/// token that is unknown or revoked is answered 401 at once, rather than falling back to the cookie.
struct SessionLookup: RouterMiddleware {
    typealias Context = ServerContext
    let accounts: Accounts

    /// The session cookie's name.
    static let cookie = "truce_session"

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        var context = context
        if request.uri.path.hasPrefix("/api/"), let authorization = request.headers[.authorization] {
            let parts = authorization.split(separator: " ", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "bearer", let signedIn = try await accounts.bearer(String(parts[1])) else {
                throw ServerError(
                    .unauthorized, code: "invalid_token", "the Authorization header must be 'Bearer' and a valid, unrevoked API token",
                    field: "Authorization")
            }
            context.signedIn = signedIn
            context.viaBearer = true
            return try await next(request, context)
        }
        if let token = request.cookies[Self.cookie]?.value, let signedIn = try await accounts.session(token: token) {
            context.signedIn = signedIn
            context.sessionToken = token
        }
        return try await next(request, context)
    }
}
