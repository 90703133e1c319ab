/// A webhook address that passed ``WebhookAddressPolicy/check(_:acceptingUnresolved:)``, with the IP
/// addresses its host resolved to in that check.
///
/// A sender connects to one of ``addresses`` and to nothing else: a name resolved again at connection
/// time could answer otherwise than it did to the check (DNS rebinding). The name still goes in the
/// `Host` header and, for `https`, in the TLS server name, and the certificate is verified for it.
public struct WebhookDestination: Hashable, Sendable {
    /// The address as it was set.
    public var url: String
    /// Whether the scheme is `https`.
    public var usesTLS: Bool
    /// The host: a name, or an IP address without the brackets of an IPv6 literal.
    public var host: String
    /// The port: the address's own, else 443 for `https` and 80 for `http`.
    public var port: Int
    /// The request target: the path (at least `/`) and the query, as written in the address, without a fragment.
    public var target: String
    /// The host's addresses that were checked (4 bytes for IPv4, 16 for IPv6), in the resolver's order.
    public var addresses: [[UInt8]]

    /// A destination made of its parts.
    public init(url: String, usesTLS: Bool, host: String, port: Int, target: String, addresses: [[UInt8]]) {
        self.url = url
        self.usesTLS = usesTLS
        self.host = host
        self.port = port
        self.target = target
        self.addresses = addresses
    }

    /// The `Host` header: the host (an IPv6 literal in brackets), and the port when it is not the scheme's own.
    public var hostHeader: String {
        let name = host.contains(":") ? "[\(host)]" : host
        return port == (usesTLS ? 443 : 80) ? name : "\(name):\(port)"
    }

    /// Whether the host is written as an IP address rather than a name (no TLS server name is sent for one;
    /// the certificate is verified for the address).
    public var hostIsAnAddress: Bool {
        host.contains(":") || (!host.isEmpty && host.allSatisfy { $0.isNumber || $0 == "." })
    }

    /// Each of ``addresses`` as text: dotted for IPv4, hex groups for IPv6.
    public var addressTexts: [String] { addresses.map(WebhookAddressPolicy.text(of:)) }
}
