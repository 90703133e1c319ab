import NIOCore
import TruceStorage

/// Writes rows in the text format of `COPY … FROM STDIN` into a buffer, feeding each hashed field
/// to the row's content hash as it goes, so that a value is turned into bytes once.
struct CopyRowWriter {
    var buffer: ByteBuffer
    private(set) var hash = ContentHash()
    private var startOfRow = true

    init(capacity: Int = 1 << 16) {
        buffer = ByteBufferAllocator().buffer(capacity: capacity)
    }

    private mutating func separate() {
        if !startOfRow { buffer.writeInteger(UInt8(ascii: "\t")) }
        startOfRow = false
    }

    mutating func text(_ value: String?, hashed: Bool = true) {
        separate()
        if hashed { hash.add(value) }
        guard var value else { return writeNull() }
        value.withUTF8 { bytes in
            // Most values hold nothing to escape: copy them whole.
            if !bytes.contains(where: { $0 == 0x5C || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
                buffer.writeBytes(bytes)
                return
            }
            for byte in bytes {
                switch byte {
                case 0x5C: buffer.writeBytes([0x5C, 0x5C])
                case 0x09: buffer.writeBytes([0x5C, UInt8(ascii: "t")])
                case 0x0A: buffer.writeBytes([0x5C, UInt8(ascii: "n")])
                case 0x0D: buffer.writeBytes([0x5C, UInt8(ascii: "r")])
                default: buffer.writeInteger(byte)
                }
            }
        }
    }

    mutating func integer(_ value: Int?, hashed: Bool = true) {
        separate()
        if hashed { hash.add(value) }
        guard let value else { return writeNull() }
        buffer.writeString(String(value))
    }

    mutating func integer64(_ value: Int64) {
        separate()
        buffer.writeString(String(value))
    }

    mutating func real(_ value: Double?, hashed: Bool = true) {
        separate()
        if hashed { hash.add(value) }
        guard let value else { return writeNull() }
        if value.isNaN {
            buffer.writeString("NaN")
        } else if value.isInfinite {
            buffer.writeString(value < 0 ? "-Infinity" : "Infinity")
        } else {
            // Swift writes the shortest text that reads back as the same Double.
            buffer.writeString(value.description)
        }
    }

    private mutating func writeNull() {
        buffer.writeBytes([0x5C, UInt8(ascii: "N")])
    }

    /// Ends the row; the next field starts a new one with a new hash.
    mutating func endRow() {
        buffer.writeInteger(UInt8(ascii: "\n"))
        startOfRow = true
        hash = ContentHash()
    }
}
