import Hummingbird
import TruceStorage

/// Who may call a route.
enum Access: Hashable, Sendable {
    /// Anyone: the login page, the stylesheet.
    case anyone
    /// Viewers and up; anyone when the server runs in public read-only mode.
    case read
    /// Signed-in users of at least this role, public mode or not.
    case role(Role)

    /// The least role needed when the server is not public; nil for anyone.
    var minimumRole: Role? {
        switch self {
        case .anyone: nil
        case .read: .viewer
        case .role(let role): role
        }
    }
}

/// One route and who may call it. Every route is registered through the table
/// (``Handlers/rules``), so none can be added without deciding who may call it.
struct RouteRule: Hashable, Sendable {
    var method: HTTPRequest.Method
    var path: String
    var access: Access
}
