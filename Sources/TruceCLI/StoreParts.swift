import TruceCore
import TruceServer
import TruceStorage

/// The agreements and accounts of the storage in effect, every change audited in the store's own log.
enum StoreParts {
    /// The agreements kept in `storage`, every change audited as the account running the command.
    static func agreements(_ storage: any TruceStorage) -> AgreementLibrary {
        AgreementLibrary(store: storage)
    }

    /// The users, sessions and tokens of `storage`, passwords hashed with bcrypt, every change audited.
    static func accounts(_ storage: any TruceStorage) -> Accounts {
        Accounts(store: storage, hasher: BcryptHasher())
    }
}
