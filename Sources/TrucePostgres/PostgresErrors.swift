import PostgresNIO
import TruceModel

/// Turns postgres-nio's errors into messages that say what is wrong and what to do.
enum PostgresErrors {
    /// Whether `error` comes from the database or the connection to it (and not, say, from a file being read).
    static func isDatabaseError(_ error: any Error) -> Bool {
        error is PSQLError || error is PostgresError || error is IOError || error is ChannelError
    }

    /// - Parameter doing: what was being done, for the message ("connect to", "import a.csv into").
    /// Whether `error` says the connection to the server was lost.
    static func isConnectionLost(_ error: any Error) -> Bool {
        if case .connectionClosed = error as? PostgresError { return true }
        guard let error = error as? PSQLError else { return error is IOError || error is ChannelError }
        return [.serverClosedConnection, .uncleanShutdown, .clientClosedConnection, .connectionError].contains(error.code)
    }

    static func translate(_ error: any Error, location: PostgresLocation, doing: String) -> TruceError {
        if let error = error as? TruceError { return error }
        let server = "\(location.host):\(location.port)"
        if isConnectionLost(error) && !(error is PSQLError) {
            return TruceError(
                .store,
                "cannot \(doing) \(location): the connection to the server was lost (it went away or was restarted); nothing half-done was kept, try again",
                cause: error)
        }
        guard let error = error as? PSQLError else {
            if let io = error as? IOError {
                return TruceError(.store, "cannot \(doing) \(location): \(io.description)", cause: error)
            }
            return TruceError(.store, "cannot \(doing) \(location): \(String(describing: error))", cause: error)
        }
        let state = error.serverInfo?[.sqlState]
        let detail = error.serverInfo?[.message] ?? String(describing: error.code)
        switch error.code {
        case .connectionError:
            let cause = error.underlying.map { String(describing: $0) } ?? "no answer"
            if cause.lowercased().contains("refused") {
                return TruceError(
                    .store,
                    "cannot \(doing) \(location): the server at \(server) refused the connection; start PostgreSQL there or check the host and port",
                    cause: error)
            }
            return TruceError(
                .store,
                "cannot \(doing) \(location): the server at \(server) cannot be reached (\(cause)); check the host and port and that PostgreSQL runs",
                cause: error)
        case .serverClosedConnection, .uncleanShutdown:
            return TruceError(
                .store,
                "cannot \(doing) \(location): the server closed the connection (it went away or was restarted); nothing half-done was kept, try again",
                cause: error)
        case .sslUnsupported:
            return TruceError(
                .store,
                "cannot \(doing) \(location): the server does not offer TLS, which the URL requires; add ?sslmode=disable or enable TLS on the server",
                cause: error)
        case .authMechanismRequiresPassword:
            return TruceError(
                .store,
                "cannot \(doing) \(location): the server asks for a password and the URL gives none; write it as postgres://user:password@host/database",
                cause: error)
        case .server:
            switch state {
            case "28P01", "28000":
                return TruceError(
                    .store, "cannot \(doing) \(location): the server refused the user \(location.user) and its password; check both in the URL",
                    cause: error)
            case "3D000":
                return TruceError(
                    .store,
                    "cannot \(doing) \(location): there is no database \(location.database) on \(server); create it (createdb \(location.database)) or fix the URL",
                    cause: error)
            case "42501":
                return TruceError(
                    .store,
                    "cannot \(doing) \(location): the user \(location.user) lacks the rights for it (\(detail)); grant them or use the store's owner",
                    cause: error)
            case "53300":
                return TruceError(.store, "cannot \(doing) \(location): the server has too many connections; try again later", cause: error)
            case "57P01", "57P02", "57P03":
                return TruceError(
                    .store, "cannot \(doing) \(location): the server is shutting down or starting (\(detail)); nothing half-done was kept, try again",
                    cause: error)
            default:
                return TruceError(.store, "cannot \(doing) \(location): \(detail) (SQLSTATE \(state ?? "?"))", cause: error)
            }
        default:
            return TruceError(.store, "cannot \(doing) \(location): \(detail)", cause: error)
        }
    }
}
