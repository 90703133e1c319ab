import Foundation
import Hummingbird
import TruceCore
import TruceModel
import TruceStorage

extension Handlers {
    /// Signing in and out, the account page, and the admin's users page.
    func addAccountPages(to router: Router<ServerContext>) {
        route(router, .get, "/login") { request, context in
            // Before signing in, forms are protected by a token held both in a cookie and in the form.
            let token = request.cookies[Self.csrfCookie]?.value ?? Accounts.newToken()
            var response = Responses.html(AccountPages.login(csrf: token, next: try QueryFields(request).text("next"), message: nil))
            response.setCookie(cookie(Self.csrfCookie, token, maxAge: 3600))
            return response
        }
        route(router, .post, "/login") { request, context in
            let name = context.form["name"] ?? ""
            let csrf = context.form["csrf"] ?? ""
            let next = Self.safeNext(context.form["next"])
            do {
                let session = try await accounts.logIn(name: name, password: context.form["password"] ?? "")
                var response = Responses.redirect(to: next)
                response.setCookie(cookie(SessionLookup.cookie, session.token, maxAge: Int(Accounts.sessionLifetime)))
                return response
            } catch let error as LoginError {
                switch error.reason {
                case .invalidCredentials:
                    let page = AccountPages.login(csrf: csrf, next: next, message: "Wrong name or password.")
                    return Responses.html(page, status: .unauthorized)
                case .tooManyAttempts(let retryAfter):
                    let page = AccountPages.login(csrf: csrf, next: next, message: "Too many failed attempts for this name; try again later.")
                    var response = Responses.html(page, status: .tooManyRequests)
                    response.headers[.retryAfter] = String(retryAfter)
                    return response
                }
            }
        }
        route(router, .post, "/logout") { _, context in
            if let token = context.sessionToken { try await accounts.logOut(token: token) }
            var response = Responses.redirect(to: "/login")
            response.setCookie(cookie(SessionLookup.cookie, "", maxAge: 0))
            return response
        }
        route(router, .get, "/account") { _, context in
            Responses.html(AccountPages.account(try signedIn(context)))
        }
        route(router, .get, "/admin/users") { _, context in
            Responses.html(AccountPages.users(try await accounts.store.users(), csrf: try signedIn(context).csrfToken, message: nil))
        }
        route(router, .post, "/admin/users") { _, context in
            guard let role = Role(rawValue: context.form["role"] ?? "") else {
                throw ServerError.invalid("role", "'role' must be viewer, analyst or admin")
            }
            do {
                try await accounts.addUser(
                    name: context.form["name"] ?? "", role: role, password: context.form["password"] ?? "", by: try signedIn(context).user)
            } catch let error as TruceError where [.invalidInput, .conflict].contains(error.code) {
                // A conflict (the last admin made something else) is shown on the page with its own status, 409.
                let page = AccountPages.users(try await accounts.store.users(), csrf: try signedIn(context).csrfToken, message: error.message)
                return Responses.html(page, status: error.code == .conflict ? .conflict : .badRequest)
            }
            return Responses.redirect(to: "/admin/users")
        }
    }

    /// The signed-in user; the route's rule has made sure there is one.
    func signedIn(_ context: ServerContext) throws -> SignedIn {
        guard let signedIn = context.signedIn else { throw ServerError(.unauthorized, code: "unauthorized", "sign in first") }
        return signedIn
    }

    /// A cookie only this site's pages send and no script reads.
    func cookie(_ name: String, _ value: String, maxAge: Int) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: configuration.secureCookies, httpOnly: true, sameSite: .strict)
    }

    /// Where to go after signing in: a path on this site, never another site (`//host`, `https://`).
    static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.contains("\\") else { return "/agreements" }
        return next
    }
}
