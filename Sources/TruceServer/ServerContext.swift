import Hummingbird
import TruceCore

/// Per-request state: who is signed in (from the session cookie) and the form fields a checked
/// form carried.
struct ServerContext: RequestContext {
    var coreContext: CoreRequestContextStorage
    /// The session's user, when the request carries a valid session cookie.
    var signedIn: SignedIn?
    /// The session token of the cookie, when it names a valid session.
    var sessionToken: String?
    /// Whether ``signedIn`` came from an `Authorization: Bearer` API token, which needs no CSRF token.
    var viaBearer = false
    /// The fields of a URL-encoded form, read (and its CSRF token checked) before the handler runs.
    var form: [String: String] = [:]

    init(source: Source) {
        coreContext = .init(source: source)
    }
}
