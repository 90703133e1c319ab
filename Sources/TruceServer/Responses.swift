import Foundation
import Hummingbird
import TruceCore
import TruceFormats
import TruceStorage

/// The shapes of the server's answers: HTML pages, JSON documents, downloads.
enum Responses {
    static func html(_ page: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: ByteBuffer(string: page)))
    }

    /// `value` in the one JSON style every front end writes (``JSONDocument``).
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(
            status: status, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: try JSONDocument.data(value))))
    }

    /// The events matching `filter`, written by `writer` as a file to save, sent a page at a time as
    /// they are read (``TruceApp/streamEvents(matching:with:pageSize:send:)``), so a large export needs
    /// no more memory than a small one. The status is sent before the first event is read: a failure
    /// part way ends the connection early, leaving the file visibly cut short.
    static func download<Writer: EventStreamWriter & Sendable>(
        streaming filter: EventFilter, from app: TruceApp, with writer: Writer, contentType: String, filename: String
    ) -> Response {
        Response(
            status: .ok, headers: [.contentType: contentType, .contentDisposition: "attachment; filename=\"\(filename)\""],
            body: ResponseBody { body in
                try await app.streamEvents(matching: filter, with: writer) { bytes in try await body.write(ByteBuffer(bytes: bytes)) }
                try await body.finish(nil)
            })
    }

    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
