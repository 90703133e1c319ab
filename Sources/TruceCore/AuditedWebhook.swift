import Crypto
public import Foundation
public import TruceStorage

/// A webhook as audit entries keep it: never its full address, which may carry the receiver's secret
/// (in its path, query or user info). The origin says where alerts go; the fingerprint tells one address
/// from another without revealing either.
public struct AuditedWebhook: Codable, Hashable, Sendable {
    /// The agreement's id.
    public var agreement: String
    /// The address's scheme, host and port, e.g. `https://hooks.example.org`.
    public var origin: String
    /// The first 16 hex digits of the SHA-256 of the whole address.
    public var fingerprint: String
    /// When it was set, ISO 8601.
    public var savedAt: String

    /// `webhook` with its address reduced to its origin and fingerprint.
    public init(_ webhook: StoredWebhook) {
        agreement = webhook.agreement
        origin = Self.origin(of: webhook.url)
        fingerprint = SHA256.hash(data: Array(webhook.url.utf8)).prefix(8).map { String(format: "%02x", $0) }.joined()
        savedAt = webhook.savedAt
    }

    /// The kind audit entries about webhooks carry.
    public static let auditKind = "webhook"

    private static func origin(of url: String) -> String {
        guard let parts = URLComponents(string: url), let scheme = parts.scheme, let host = parts.host else { return "unparsable address" }
        return "\(scheme)://\(host)" + (parts.port.map { ":\($0)" } ?? "")
    }
}
