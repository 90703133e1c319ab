public import Foundation
import TruceModel

/// Which addresses webhooks may be sent to: `http` or `https` only, with no user name or password in
/// the address, and a host every address of which is public, unless private ones are allowed.
///
/// A webhook is a request the server makes on an admin's say-so; left open, it would let anyone who
/// can set one make the server reach what only it can reach (its own admin ports, a cloud metadata
/// service at 169.254.169.254, machines on its private network). Addresses are checked when a webhook
/// is set and again before every delivery, since what a name resolves to may change; the delivery then
/// connects to an address of that check (``WebhookDestination``), never resolving the name again.
public struct WebhookAddressPolicy: Sendable {
    /// Whether loopback, link-local, private and reserved addresses are allowed (a receiver on the same
    /// machine or network, as in tests); off by default.
    public var allowsPrivateAddresses: Bool
    /// How host names become addresses: the system's resolver unless a test gives another.
    public var resolver: HostResolver

    /// The longest webhook address accepted.
    public static let maximumLength = 2_000

    /// A policy; only public addresses unless `allowsPrivateAddresses`; names resolved by `resolver`.
    public init(allowsPrivateAddresses: Bool = false, resolver: HostResolver = .system) {
        self.allowsPrivateAddresses = allowsPrivateAddresses
        self.resolver = resolver
    }

    /// Checks `address` and resolves its host.
    ///
    /// - Parameter acceptingUnresolved: whether a host that does not resolve (now) passes: when a webhook is set
    ///   on a machine that is offline, nothing can be reached and the check before each delivery decides.
    /// - Returns: the address, parsed, with the addresses its host resolved to (none only when unresolved
    ///   and `acceptingUnresolved`): connect to these, never to what the name resolves to later.
    /// - Throws: ``TruceError`` (`invalidInput`, parameter `url`) for an address that is not an absolute
    ///   `http` or `https` URL with a host, is longer than ``maximumLength``, carries a user name or password,
    ///   names a host that does not resolve (unless `acceptingUnresolved`), or (unless allowed) one that resolves
    ///   to any address that is not public.
    @discardableResult
    public func check(_ address: String, acceptingUnresolved: Bool = false) async throws -> WebhookDestination {
        guard address.utf8.count <= Self.maximumLength, let url = URL(string: address), let scheme = url.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let rawHost = url.host, !rawHost.isEmpty
        else {
            throw TruceError(
                .invalidInput,
                "a webhook is an http:// or https:// address with a host, such as https://example.org/hook, "
                    + "at most \(Self.maximumLength) characters", parameter: "url")
        }
        // Checked on the text as well as the parse: an `@` before the host is how credentials ride in an address.
        let authority = address.dropFirst(scheme.count + 3).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        guard url.user == nil, url.password == nil, !authority.contains("@") else {
            throw TruceError(
                .invalidInput, "a webhook address may not carry a user name or password; put a receiver's secret in its path or query",
                parameter: "url")
        }
        let host = rawHost.hasPrefix("[") && rawHost.hasSuffix("]") ? String(rawHost.dropFirst().dropLast()) : rawHost
        let addresses = await resolver.addresses(of: host)
        guard !addresses.isEmpty || acceptingUnresolved else {
            throw TruceError(.invalidInput, "the webhook's host '\(host)' does not resolve to an address", parameter: "url")
        }
        let usesTLS = scheme == "https"
        let destination = WebhookDestination(
            url: address, usesTLS: usesTLS, host: host, port: url.port ?? (usesTLS ? 443 : 80),
            target: Self.target(of: address, after: scheme.count + 3 + authority.count), addresses: addresses)
        guard !allowsPrivateAddresses else { return destination }
        for bytes in addresses {
            let kind = AddressKind.of(bytes: bytes)
            guard kind == .public else {
                throw TruceError(
                    .invalidInput,
                    "the webhook's host '\(host)' is a \(kind.rawValue) address (\(Self.text(of: bytes))); webhooks go to public addresses "
                        + "unless the server is started allowing private ones",
                    parameter: "url")
            }
        }
        return destination
    }

    /// The request target of `address`: what follows its authority (which ends at `offset`) up to a
    /// fragment, as written; `/` when that is empty, and a `/` put before a bare query.
    static func target(of address: String, after offset: Int) -> String {
        let rest = address.dropFirst(offset).prefix { $0 != "#" }
        if rest.isEmpty { return "/" }
        return rest.hasPrefix("/") ? String(rest) : "/" + rest
    }

    /// An address's usual text: dotted for IPv4, hex groups for IPv6.
    static func text(of bytes: [UInt8]) -> String {
        if bytes.count == 4 { return bytes.map(String.init).joined(separator: ".") }
        return stride(from: 0, to: bytes.count, by: 2).map { String(UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1]), radix: 16) }
            .joined(separator: ":")
    }
}
