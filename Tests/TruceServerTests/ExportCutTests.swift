import Dispatch
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TruceCore
import TruceFormats
import TruceModel
import TruceServer
import TruceStorage
import TruceTestSupport

@testable import TruceStore

#if canImport(Glibc)
    import Glibc
#endif

/// A streamed export that the store fails part way: the 200 is already sent, so the download must end
/// visibly incomplete (no chunked body's last chunk, no GeoJSON closing bytes), never look whole.
@Suite struct ExportCutTests {
    /// A store in memory with `count` events carrying long notes, so an export is many megabytes: far more
    /// than the kernel's socket buffers hold, so the server is still reading pages when the client pauses.
    static func fixture(events count: Int) async throws -> ServerFixture {
        let base = try await ServerFixture.make(evidence: false)
        let notes = String(repeating: "A long note that makes every exported row weigh about a kilobyte. ", count: 15)
        let events = (0..<count).map { index in
            var event = Event(
                key: "CUT\(index)", dataset: "acled", date: DateSpan(day: Day(iso: "2020-03-01")!.adding(days: index % 300)),
                type: EventType(event: "Battles", subEvent: "Armed clash"), actor1: EventActor(name: "Taliban"), actor2: EventActor(),
                location: Location(country: "Afghanistan", admin1: "Helmand", latitude: 31.5, longitude: 64.3), fatalities: Fatalities(exactly: 1),
                sources: ["Test Wire"])
            event.notes = notes
            return event
        }
        _ = try await base.store.importEvents(
            from: ListedRecords(values: events), kind: "acled", input: "cut.csv", importedAt: "2026-01-01T00:00:00Z", rejects: DiscardedRejects(),
            progress: { _ in })
        return base
    }

    @Test(arguments: ["/events/export.csv", "/events/export.geojson"])
    func aStoreFailingPartWayCutsTheDownloadVisibly(path: String) async throws {
        let fixture = try await Self.fixture(events: 20_000)
        let server = TruceServer.application(
            configuration: ServerConfiguration(port: 0, publicRead: true), app: fixture.app, agreements: fixture.agreements,
            accounts: fixture.accounts, alerts: nil)
        try await server.test(.live) { client in
            let port = try #require(client.port)
            let connection = try await RawHTTP.open(port: port, path: path)
            // The first bytes are read, then the store fails (its events table is gone) while the server is
            // still reading pages; then the rest of what the server sends is read, to the connection's end.
            var received = try await connection.read(atLeast: 64 * 1024)
            try await fixture.store.database.write { db in try db.execute(sql: "DROP TABLE events") }
            received += try await connection.readToEnd()
            let response = try RawHTTP.Response(received)
            #expect(response.head.hasPrefix("HTTP/1.1 200"), "\(response.head)")
            #expect(response.head.lowercased().contains("transfer-encoding: chunked"), "\(response.head)")
            #expect(!response.complete, "the chunked body has no last chunk: a client reports the transfer incomplete")
            #expect(response.body.count > 64 * 1024 && response.body.count < 20_000 * 900, "cut part way: \(response.body.count) bytes")
            let tail = String(decoding: response.body.suffix(40), as: UTF8.self)
            #expect(!tail.hasSuffix("]}") && !tail.hasSuffix("]}\n"), "no closing bytes: …\(tail)")
        }
    }

    @Test func anExportThatIsNotCutEndsWithItsLastChunk() async throws {
        let fixture = try await Self.fixture(events: 300)
        let server = TruceServer.application(
            configuration: ServerConfiguration(port: 0, publicRead: true), app: fixture.app, agreements: fixture.agreements,
            accounts: fixture.accounts, alerts: nil)
        try await server.test(.live) { client in
            let connection = try await RawHTTP.open(port: try #require(client.port), path: "/events/export.geojson")
            let response = try RawHTTP.Response(try await connection.readToEnd())
            #expect(response.complete, "the last chunk was sent")
            let text = String(decoding: response.body, as: UTF8.self)
            #expect(text.hasSuffix("]}\n") || text.hasSuffix("]}"), "…\(text.suffix(20))")
            #expect(text.components(separatedBy: "\"Feature\"").count - 1 == 300)
        }
    }
}

/// A bare HTTP/1.1 client over a blocking socket: it reads exactly what the server sent, chunk framing
/// included, so a test can tell a body that ended properly from a connection that was dropped.
enum RawHTTP {
    struct Failure: Error, CustomStringConvertible { var description: String }

    /// A connection with a request sent; its blocking reads run on Dispatch's threads.
    final class Connection: @unchecked Sendable {
        let socket: Int32
        init(socket: Int32) { self.socket = socket }
        deinit { close(socket) }

        /// Reads until at least `count` bytes have come, or the connection ends.
        func read(atLeast count: Int) async throws -> [UInt8] {
            try await Self.blocking { try self.receive(until: { $0.count >= count }) }
        }

        /// Reads until the server closes the connection.
        func readToEnd() async throws -> [UInt8] {
            try await Self.blocking { try self.receive(until: { _ in false }) }
        }

        private func receive(until done: ([UInt8]) -> Bool) throws -> [UInt8] {
            var received: [UInt8] = []
            var buffer = [UInt8](repeating: 0, count: 16_384)
            while !done(received) {
                let n = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
                if n == 0 { break }
                if n < 0 {
                    // A reset is how some stacks end a dropped connection; what came before it stands.
                    if errno == ECONNRESET { break }
                    throw Failure(description: "recv failed: errno \(errno)")
                }
                received += buffer[0..<n]
            }
            return received
        }

        private static func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
            try await withCheckedThrowingContinuation { continuation in
                DispatchQueue.global().async { continuation.resume(with: Result { try work() }) }
            }
        }
    }

    /// Connects to 127.0.0.1:`port` and sends `GET path`, asking for the connection to close after the answer.
    static func open(port: Int, path: String) async throws -> Connection {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "no socket") }
        let connection = Connection(socket: fd)
        // A small receive buffer keeps the server from running far ahead of what the test has read.
        var size: Int32 = 16_384
        setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &size, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw Failure(description: "could not connect: errno \(errno)") }
        let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".utf8)
        guard request.withUnsafeBytes({ send(fd, $0.baseAddress, $0.count, 0) }) == request.count else {
            throw Failure(description: "could not send the request")
        }
        return connection
    }

    /// A response as received: its head, its body with the chunk framing taken off, and whether the
    /// body ended with the last (zero-length) chunk.
    struct Response {
        var head: String
        var body: [UInt8]
        var complete: Bool

        init(_ bytes: [UInt8]) throws {
            let separator = Array("\r\n\r\n".utf8)
            guard let end = bytes.indices.first(where: { bytes[$0...].starts(with: separator) }) else {
                throw Failure(description: "no complete head in \(bytes.count) bytes")
            }
            head = String(decoding: bytes[..<end], as: UTF8.self)
            body = []
            complete = false
            var at = end + 4
            while true {
                guard let lineEnd = bytes[at...].indices.first(where: { bytes[$0...].starts(with: Array("\r\n".utf8)) }),
                    let size = Int(String(decoding: bytes[at..<lineEnd], as: UTF8.self), radix: 16)
                else { return }
                if size == 0 {
                    complete = true
                    return
                }
                let start = lineEnd + 2
                // A chunk cut short keeps what came of it.
                body += bytes[start..<min(start + size, bytes.count)]
                guard start + size + 2 <= bytes.count else { return }
                at = start + size + 2
            }
        }
    }
}
