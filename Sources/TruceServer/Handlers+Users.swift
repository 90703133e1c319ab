import Hummingbird
import TruceCore
import TruceModel
import TruceStorage

/// A user as the API shows it: never the password hash.
struct UserSummary: Encodable {
    var name: String
    var role: String
    var updatedAt: String
    var removedAt: String?

    enum CodingKeys: String, CodingKey {
        case name, role
        case updatedAt = "updated_at"
        case removedAt = "removed_at"
    }

    init(_ user: StoredUser) {
        name = user.name
        role = user.role.rawValue
        updatedAt = user.updatedAt
        removedAt = user.removedAt
    }
}

extension Handlers {
    /// Removing users: admins only, from the users page or the API.
    static let userRules: [RouteRule] = [
        RouteRule(method: .post, path: "/admin/users/:user/remove", access: .role(.admin)),
        RouteRule(method: .delete, path: "/api/v1/users/:user", access: .role(.admin)),
    ]

    /// The routes that remove a user through ``Accounts/removeUser(name:by:)``.
    func addUsers(to router: Router<ServerContext>) {
        route(router, .post, "/admin/users/:user/remove") { _, context in
            let me = try signedIn(context)
            do {
                try await accounts.removeUser(name: try userName(context), by: me.user)
            } catch let error as TruceError where [.invalidInput, .conflict, .notFound].contains(error.code) {
                let page = AccountPages.users(try await accounts.store.users(), csrf: me.csrfToken, message: error.message)
                return Responses.html(page, status: ErrorTranslation<ServerContext>.translate(error).status)
            }
            return Responses.redirect(to: "/admin/users")
        }
        route(router, .delete, "/api/v1/users/:user") { _, context in
            try Responses.json(UserSummary(try await accounts.removeUser(name: try userName(context), by: try signedIn(context).user)))
        }
    }

    /// The path parameter `user`, percent-decoded.
    private func userName(_ context: ServerContext) throws -> String {
        let raw = try context.parameters.require("user")
        return raw.removingPercentEncoding ?? raw
    }
}
