import Dispatch

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Finds the IP addresses a host name stands for, as bytes (4 for IPv4, 16 for IPv6); none when it
/// does not resolve. A value, so that a webhook's check and delivery can be given another resolver
/// (the tests give one whose answers change between two lookups, as a rebinding name's do).
public struct HostResolver: Sendable {
    private let lookUp: @Sendable (String) async -> [[UInt8]]

    /// A resolver that answers with `lookUp`.
    public init(_ lookUp: @escaping @Sendable (String) async -> [[UInt8]]) {
        self.lookUp = lookUp
    }

    /// The addresses of `host`, in the order the resolver gave them.
    public func addresses(of host: String) async -> [[UInt8]] {
        await lookUp(host)
    }

    /// The system's resolver (`getaddrinfo`), which also reads every numeric form of an address (`127.1`,
    /// `2130706433`, `::1`). It blocks until it has an answer, so it runs on a Dispatch thread: neither
    /// Swift's cooperative threads nor the server's event loops wait on a slow name server.
    public static let system = HostResolver { host in
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async { continuation.resume(returning: systemAddresses(of: host)) }
        }
    }

    /// `getaddrinfo`'s answers for `host`, blocking.
    static func systemAddresses(of host: String) -> [[UInt8]] {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if canImport(Glibc)
            hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
            hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(host, nil, &hints, &list) == 0, let first = list else { return [] }
        defer { freeaddrinfo(first) }
        var found: [[UInt8]] = []
        var next: UnsafeMutablePointer<addrinfo>? = first
        while let info = next {
            if let address = info.pointee.ai_addr {
                switch Int32(address.pointee.sa_family) {
                case AF_INET:
                    address.withMemoryRebound(to: sockaddr_in.self, capacity: 1) { v4 in
                        found.append(withUnsafeBytes(of: v4.pointee.sin_addr) { Array($0) })
                    }
                case AF_INET6:
                    address.withMemoryRebound(to: sockaddr_in6.self, capacity: 1) { v6 in
                        found.append(withUnsafeBytes(of: v6.pointee.sin6_addr) { Array($0) })
                    }
                default: break
                }
            }
            next = info.pointee.ai_next
        }
        // getaddrinfo lists an address once per protocol it could serve; one of each is enough.
        var seen: Set<[UInt8]> = []
        return found.filter { seen.insert($0).inserted }
    }
}
