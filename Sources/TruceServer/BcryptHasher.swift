import HummingbirdBcrypt
public import TruceCore

/// Passwords hashed with bcrypt (HummingbirdBcrypt).
public struct BcryptHasher: PasswordHasher {
    /// log2 of the work factor; 12 by default. Tests use the minimum, 4, to run quickly.
    public var cost: UInt8

    /// A hasher of work factor 2^`cost`.
    public init(cost: UInt8 = 12) {
        self.cost = cost
    }

    public func hash(_ password: String) -> String { Bcrypt.hash(password, cost: cost) }

    public func verify(_ password: String, hash: String) -> Bool { Bcrypt.verify(password, hash: hash) }
}
