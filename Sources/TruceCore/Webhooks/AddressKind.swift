/// What kind of network an IP address belongs to, as far as a webhook is concerned: only public
/// addresses are for webhooks, unless the server is told to allow the others (a test's local receiver).
public enum AddressKind: String, Hashable, Sendable {
    /// Reachable on the internet.
    case `public`
    /// This machine (127.0.0.0/8, ::1).
    case loopback
    /// The local link only (169.254.0.0/16, where cloud metadata services answer; fe80::/10).
    case linkLocal = "link-local"
    /// A private network (10/8, 172.16/12, 192.168/16, 100.64/10, fc00::/7, fec0::/10).
    case `private`
    /// Not a destination at all: unspecified, multicast, broadcast, documentation or reserved ranges.
    case reserved

    /// The kind of the IPv4 address `a.b.c.d`.
    public static func of(ipv4 a: UInt8, _ b: UInt8, _ c: UInt8, _ d: UInt8) -> AddressKind {
        switch (a, b) {
        case (127, _): return .loopback
        case (169, 254): return .linkLocal
        case (10, _), (172, 16...31), (192, 168), (100, 64...127): return .private
        case (0, _), (224...255, _), (198, 18...19): return .reserved
        case (192, 0) where c == 0 || c == 2: return .reserved
        case (198, 51) where c == 100, (203, 0) where c == 113: return .reserved
        default: return .public
        }
    }

    /// The kind of an address given as its bytes: 4 for IPv4, 16 for IPv6; anything else is reserved.
    public static func of(bytes: [UInt8]) -> AddressKind {
        if bytes.count == 4 { return of(ipv4: bytes[0], bytes[1], bytes[2], bytes[3]) }
        guard bytes.count == 16 else { return .reserved }
        let head = bytes.prefix(10)
        // IPv4 written as IPv6 (mapped ::ffff:a.b.c.d, the old compatible ::a.b.c.d) reaches that IPv4 address.
        if head.allSatisfy({ $0 == 0 }) {
            if bytes[10] == 0xff, bytes[11] == 0xff { return of(ipv4: bytes[12], bytes[13], bytes[14], bytes[15]) }
            if bytes[10] == 0, bytes[11] == 0 {
                if bytes[12...14].allSatisfy({ $0 == 0 }) { return bytes[15] == 1 ? .loopback : .reserved }
                return of(ipv4: bytes[12], bytes[13], bytes[14], bytes[15])
            }
        }
        // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address that a gateway may reach.
        if bytes[0...11] == [0x00, 0x64, 0xff, 0x9b, 0, 0, 0, 0, 0, 0, 0, 0] {
            return of(ipv4: bytes[12], bytes[13], bytes[14], bytes[15])
        }
        if bytes[0] == 0x20, bytes[1] == 0x02 { return of(ipv4: bytes[2], bytes[3], bytes[4], bytes[5]) }
        switch bytes[0] {
        case 0xfc, 0xfd: return .private
        case 0xfe where bytes[1] & 0xc0 == 0x80: return .linkLocal
        case 0xfe where bytes[1] & 0xc0 == 0xc0: return .private
        case 0xff: return .reserved
        default: return .public
        }
    }
}
