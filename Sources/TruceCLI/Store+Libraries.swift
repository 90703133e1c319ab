import TruceCore
import TruceServer
import TruceStore

extension Store {
    /// The agreements kept in this store, every change audited as the account running the command.
    var agreementLibrary: AgreementLibrary { AgreementLibrary(store: self, audit: AuditTrail(log: self)) }

    /// The users, sessions and tokens of this store, passwords hashed with bcrypt, every change audited.
    var accounts: Accounts { Accounts(store: self, tokens: self, hasher: BcryptHasher(), audit: AuditTrail(log: self)) }
}
