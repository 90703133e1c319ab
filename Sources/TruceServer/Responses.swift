import Foundation
import Hummingbird
import TruceCore

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

    /// A file to save, named `filename`.
    static func download(_ bytes: [UInt8], contentType: String, filename: String) -> Response {
        Response(
            status: .ok, headers: [.contentType: contentType, .contentDisposition: "attachment; filename=\"\(filename)\""],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }
}
