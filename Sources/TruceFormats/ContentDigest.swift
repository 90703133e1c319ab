import Crypto

/// The SHA-256 of content held in memory, as the hex Truce records in snapshots and provenance.
public enum ContentDigest {
    /// SHA-256 of `bytes`, lower-case hex: the same digest the readers give a whole file.
    public static func sha256(_ bytes: [UInt8]) -> String {
        CSVReader.hex(SHA256.hash(data: bytes))
    }
}
