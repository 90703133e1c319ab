import Foundation
public import TruceModel

/// Where a PostgreSQL store lives, read from a `postgres://user:password@host:port/database` URL.
public struct PostgresLocation: Hashable, Sendable, CustomStringConvertible {
    /// The server's host name or address.
    public var host: String
    /// The server's TCP port.
    public var port: Int
    /// The role to log in as.
    public var user: String
    /// The role's password, if the server asks for one.
    public var password: String?
    /// The database that holds the store.
    public var database: String
    /// Whether to insist on TLS (`sslmode=require`), prefer it, or not use it (`sslmode=disable`).
    public var tls: TLSMode

    /// How the connection uses TLS, as libpq's `sslmode` names it.
    public enum TLSMode: String, Hashable, Sendable {
        case disable, prefer, require
    }

    /// Reads `url` (`postgres://` or `postgresql://`); the user defaults to `postgres`, the port to 5432,
    /// the database to the user's name, as libpq does.
    ///
    /// - Throws: ``TruceError`` (`invalidInput`) saying what is wrong with the URL and what one looks like.
    public init(url: String) throws {
        let example = "postgres://user:password@host:5432/database"
        guard let components = URLComponents(string: url), let scheme = components.scheme?.lowercased() else {
            throw TruceError(.invalidInput, "\(Self.redacted(url)) is not a database URL; write it as \(example)", parameter: "database")
        }
        guard scheme == "postgres" || scheme == "postgresql" else {
            throw TruceError(
                .invalidInput, "\(Self.redacted(url)) is not a PostgreSQL URL (it starts with \(scheme)://); write it as \(example)",
                parameter: "database")
        }
        guard let host = components.host, !host.isEmpty else {
            throw TruceError(.invalidInput, "the database URL \(Self.redacted(url)) names no server; write it as \(example)", parameter: "database")
        }
        if let port = components.port, !(1...65535).contains(port) {
            throw TruceError(.invalidInput, "the database URL \(Self.redacted(url)) has the port \(port), outside 1…65535", parameter: "database")
        }
        self.host = host
        self.port = components.port ?? 5432
        self.user = components.user.flatMap { $0.removingPercentEncoding } ?? "postgres"
        self.password = components.password.flatMap { $0.removingPercentEncoding }
        let path = components.path.hasPrefix("/") ? String(components.path.dropFirst()) : components.path
        guard !path.contains("/") else {
            throw TruceError(
                .invalidInput, "the database URL \(Self.redacted(url)) names a path, not one database; write it as \(example)",
                parameter: "database")
        }
        self.database = path.isEmpty ? user : (path.removingPercentEncoding ?? path)
        let mode = components.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        switch mode {
        case "disable": tls = .disable
        case "allow", "prefer": tls = .prefer
        case "require", "verify-ca", "verify-full": tls = .require
        default:
            throw TruceError(
                .invalidInput, "the database URL's sslmode \(mode) is not one of disable, prefer, require", parameter: "database")
        }
    }

    /// The URL without the password, for messages and logs.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// `url` with any password replaced by `***`, so that an error message never shows it.
    static func redacted(_ url: String) -> String {
        guard var components = URLComponents(string: url), components.password != nil else { return url }
        components.password = "***"
        return components.string ?? url
    }
}
