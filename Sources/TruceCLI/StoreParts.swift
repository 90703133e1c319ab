import TruceCore
import TruceServer
import TruceStorage

/// The agreements and accounts of the storage in effect, audited where the backend keeps an audit
/// log (SQLite does; PostgreSQL does not yet, and keeps no API tokens either).
enum StoreParts {
    /// The audit trail of `storage`, when it keeps an audit log.
    static func audit(_ storage: any TruceStorage) -> AuditTrail? {
        (storage as? any AuditLog).map { AuditTrail(log: $0) }
    }

    /// The agreements kept in `storage`, every change audited as the account running the command.
    static func agreements(_ storage: any TruceStorage & AgreementStore) -> AgreementLibrary {
        AgreementLibrary(store: storage, audit: audit(storage))
    }

    /// The users, sessions and tokens of `storage`, passwords hashed with bcrypt, every change audited.
    static func accounts(_ storage: any TruceStorage & AccountStore) -> Accounts {
        Accounts(store: storage, tokens: storage as? any APITokenStore, hasher: BcryptHasher(), audit: audit(storage))
    }
}
