import Hummingbird
import TruceCore
import TruceModel
import TruceStorage

/// An API token as the server shows it: never its secret or hash.
struct TokenSummary: Encodable {
    var id: Int64
    var user: String
    var label: String
    var createdAt: String
    var revokedAt: String?

    init(_ token: StoredAPIToken) {
        id = token.id
        user = token.user
        label = token.label
        createdAt = token.createdAt
        revokedAt = token.revokedAt
    }
}

/// A token just created: the only answer that carries its secret.
struct CreatedToken: Encodable {
    var secret: String
    var token: TokenSummary
}

extension Handlers {
    /// The API token routes: every signed-in user manages their own tokens, admins anyone's.
    static let tokenRules: [RouteRule] = [
        RouteRule(method: .get, path: "/account/tokens", access: .role(.viewer)),
        RouteRule(method: .post, path: "/account/tokens", access: .role(.viewer)),
        RouteRule(method: .post, path: "/account/tokens/:token/revoke", access: .role(.viewer)),
        RouteRule(method: .get, path: "/api/v1/tokens", access: .role(.viewer)),
        RouteRule(method: .post, path: "/api/v1/tokens", access: .role(.viewer)),
        RouteRule(method: .delete, path: "/api/v1/tokens/:token", access: .role(.viewer)),
    ]

    /// The fields `POST /api/v1/tokens` reads.
    static let tokenFieldNames: Set<String> = ["label", "user"]

    /// The tokens page and API.
    func addTokens(to router: Router<ServerContext>) {
        route(router, .get, "/account/tokens") { _, context in
            let me = try signedIn(context)
            return Responses.html(TokenPages.list(try await accounts.tokens(of: me.user, requestedBy: me), signedIn: me, created: nil, message: nil))
        }
        route(router, .post, "/account/tokens") { _, context in
            let me = try signedIn(context)
            do {
                let created = try await accounts.createToken(for: me.user, label: context.form["label"] ?? "", requestedBy: me)
                let tokens = try await accounts.tokens(of: me.user, requestedBy: me)
                return Responses.html(TokenPages.list(tokens, signedIn: me, created: created.secret, message: nil), status: .created)
            } catch let error as TruceError where error.code == .invalidInput {
                let tokens = try await accounts.tokens(of: me.user, requestedBy: me)
                return Responses.html(TokenPages.list(tokens, signedIn: me, created: nil, message: error.message), status: .badRequest)
            }
        }
        route(router, .post, "/account/tokens/:token/revoke") { _, context in
            try await accounts.revokeToken(try tokenID(context), requestedBy: try signedIn(context))
            return Responses.redirect(to: "/account/tokens")
        }
        route(router, .get, "/api/v1/tokens") { request, context in
            let me = try signedIn(context)
            let user = try QueryFields(request).text("user") ?? (me.role == .admin ? nil : me.user)
            return try Responses.json(try await accounts.tokens(of: user, requestedBy: me).map(TokenSummary.init))
        }
        route(router, .post, "/api/v1/tokens") { request, context in
            let me = try signedIn(context)
            let fields = try QueryFields(json: try await body(request), known: Self.tokenFieldNames)
            guard let label = try fields.text("label") else { throw ServerError.invalid("label", "'label' is required: what the token is for") }
            let created = try await accounts.createToken(for: try fields.text("user") ?? me.user, label: label, requestedBy: me)
            return try Responses.json(CreatedToken(secret: created.secret, token: TokenSummary(created.token)), status: .created)
        }
        route(router, .delete, "/api/v1/tokens/:token") { _, context in
            try Responses.json(TokenSummary(try await accounts.revokeToken(try tokenID(context), requestedBy: try signedIn(context))))
        }
    }

    /// The path parameter `token`: a token's number.
    private func tokenID(_ context: ServerContext) throws -> Int64 {
        guard let id = Int64(try context.parameters.require("token")), id > 0 else {
            throw ServerError.invalid("token", "'token' must be a token's number")
        }
        return id
    }
}
