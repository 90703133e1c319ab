import Hummingbird
import TruceCore

/// Finds the session the request's cookie names, and puts its user in the context.
struct SessionLookup: RouterMiddleware {
    typealias Context = ServerContext
    let accounts: Accounts

    /// The session cookie's name.
    static let cookie = "truce_session"

    func handle(_ request: Request, context: ServerContext, next: (Request, ServerContext) async throws -> Response) async throws -> Response {
        var context = context
        if let token = request.cookies[Self.cookie]?.value, let signedIn = try await accounts.session(token: token) {
            context.signedIn = signedIn
            context.sessionToken = token
        }
        return try await next(request, context)
    }
}
