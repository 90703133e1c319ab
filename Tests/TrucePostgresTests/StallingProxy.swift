import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A TCP proxy on 127.0.0.1 in front of the test server, which a test can make fall silent (it stops
/// passing bytes on, as a hung server or a broken network does) and then reset (each connection is
/// closed with a TCP reset), to see what a client of the server does then. Its threads end with the reset.
final class StallingProxy: Sendable {
    /// The port it listens on.
    let port: Int
    private let upstreamPort: Int
    private let listener: Int32
    private let state = Mutex(State())

    private struct State {
        var stalled = false
        var reset = false
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    /// A proxy passing connections on to 127.0.0.1:`upstreamPort`.
    init(upstreamPort: Int) throws {
        self.upstreamPort = upstreamPort
        let listener = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = Self.loopback(port: 0)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(listener, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard listener >= 0, bound == 0, listen(listener, 16) == 0 else { throw Failure(description: "the proxy cannot listen: errno \(errno)") }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(listener, $0, &length) } }
        self.listener = listener
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread.detachNewThread { [self] in acceptConnections() }
    }

    /// From now on no byte is passed on in either direction.
    func stall() { state.withLock { $0.stalled = true } }

    /// Closes every connection with a reset, and accepts no more.
    func reset() {
        state.withLock { $0.reset = true }
        shutdown(listener, Int32(SHUT_RDWR))
    }

    private var isReset: Bool { state.withLock { $0.reset } }

    private static func loopback(port: UInt16) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(port.bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }

    private func acceptConnections() {
        while !isReset {
            let client = accept(listener, nil, nil)
            guard client >= 0 else { break }
            let server = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = Self.loopback(port: UInt16(upstreamPort))
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(server, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            guard connected == 0 else {
                close(client)
                close(server)
                continue
            }
            let pair = Pair(client: client, server: server)
            Thread.detachNewThread { [self] in pump(from: client, to: server, pair) }
            Thread.detachNewThread { [self] in pump(from: server, to: client, pair) }
        }
        close(listener)
    }

    /// The two sockets of one connection; the second pump to end closes both, the client's with a reset.
    private final class Pair: Sendable {
        let client: Int32
        let server: Int32
        let running = Mutex(2)
        init(client: Int32, server: Int32) {
            self.client = client
            self.server = server
        }

        func pumpEnded() {
            guard
                running.withLock({ count in
                    count -= 1
                    return count == 0
                })
            else { return }
            // Lingering for no time makes close send a reset rather than an orderly end.
            var linger = Glibc.linger(l_onoff: 1, l_linger: 0)
            setsockopt(client, SOL_SOCKET, SO_LINGER, &linger, socklen_t(MemoryLayout<Glibc.linger>.size))
            close(client)
            close(server)
        }
    }

    private func pump(from source: Int32, to target: Int32, _ pair: Pair) {
        defer { pair.pumpEnded() }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let (stalled, reset) = state.withLock { ($0.stalled, $0.reset) }
            if reset { return }
            if stalled {
                usleep(10_000)
                continue
            }
            var waiting = pollfd(fd: source, events: Int16(POLLIN), revents: 0)
            let ready = poll(&waiting, 1, 100)
            if ready == 0 { continue }
            let count = buffer.withUnsafeMutableBytes { recv(source, $0.baseAddress, $0.count, 0) }
            if ready < 0 || count <= 0 { return }
            var sent = 0
            while sent < count {
                // A target that takes nothing must not keep this thread from seeing a reset.
                if isReset { return }
                var writable = pollfd(fd: target, events: Int16(POLLOUT), revents: 0)
                let state = poll(&writable, 1, 100)
                if state < 0 { return }
                if state == 0 { continue }
                let n = buffer.withUnsafeBytes { send(target, $0.baseAddress! + sent, count - sent, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
                if n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK) { continue }
                if n <= 0 { return }
                sent += n
            }
        }
    }
}
