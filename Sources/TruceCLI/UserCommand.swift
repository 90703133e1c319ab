import ArgumentParser
import Foundation
import TruceCore
import TruceModel
import TruceServer
import TruceStorage
import TruceStore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A role as the command line spells it.
enum RoleArgument: String, ExpressibleByArgument, CaseIterable {
    case viewer, analyst, admin

    var role: Role { Role(rawValue: rawValue)! }
}

/// `truce user`: the accounts of `truce serve`.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage the accounts of `truce serve`.", subcommands: [Add.self, Remove.self, List.self])

    /// `truce user add NAME --role ROLE`: create a user, or change one's role and password.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Create a user of `truce serve`, or change a user's role and password (ending their sessions).",
            discussion: "The password is asked for on the terminal, or read from standard input with --password-stdin (for scripts)."
        )

        @Argument(help: ArgumentHelp("The login name: letters, digits, '.', '_', '-'.", valueName: "name")) var name: String
        @Option(help: "viewer (reads), analyst (adds and reviews evidence) or admin (users, agreements).") var role: RoleArgument
        @Flag(help: "Read the password from the first line of standard input instead of prompting.") var passwordStdin = false
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            guard Accounts.isValidName(name) else { throw ValidationError("a user name is 1 to 64 letters, digits, '.', '_' or '-'") }
        }

        func run() async throws {
            try await CLIErrors.reportingAsync {
                let password = try readPassword()
                let accounts = StoreParts.accounts(try await storeOptions.serverStorage())
                do {
                    try await accounts.addUser(name: name, role: role.role, password: password, by: AuditTrail.commandLineActor)
                } catch let error as TruceError where error.parameter == "password" {
                    throw ValidationError(error.message)
                }
                Terminal.error("Saved user \(name) (\(role.rawValue)) in \(storeOptions.storeName).")
            }
        }

        private func readPassword() throws -> String {
            if passwordStdin {
                guard let line = Swift.readLine(strippingNewline: true) else { throw ValidationError("no password on standard input") }
                return line
            }
            guard isatty(STDIN_FILENO) != 0 else { throw ValidationError("no terminal to ask for the password on; use --password-stdin") }
            guard let first = getpass("Password for \(name): ").map({ String(cString: $0) }),
                let second = getpass("Again: ").map({ String(cString: $0) })
            else { throw ValidationError("no password read") }
            guard first == second else { throw ValidationError("the two passwords differ") }
            return first
        }
    }

    /// `truce user remove NAME`: remove a user, ending their sessions and revoking their tokens.
    struct Remove: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "remove",
            abstract: "Remove a user of `truce serve`: their sessions end and their API tokens are revoked at once.",
            discussion: """
                The user is kept, marked removed, so the audit log's names keep meaning one person; `truce user add NAME` \
                brings the account back with a new password (the old tokens stay revoked). The last admin cannot be removed.
                """
        )

        @Argument(help: ArgumentHelp("The login name.", valueName: "name")) var name: String
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            try await CLIErrors.reportingAsync {
                let accounts = StoreParts.accounts(try await storeOptions.serverStorage())
                let user = try await accounts.removeUser(name: name, by: AuditTrail.commandLineActor)
                Terminal.error("Removed user \(user.name) (\(user.role.rawValue)) from \(storeOptions.storeName): sessions ended, tokens revoked.")
            }
        }
    }

    /// `truce user list`: the users and their roles.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List the users of `truce serve`.")
        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            try await CLIErrors.reportingAsync {
                let users = try await storeOptions.serverStorage().users()
                var table = TextTable(["NAME", "ROLE", "CHANGED", "REMOVED"])
                for user in users { table.add([user.name, user.role.rawValue, user.updatedAt, user.removedAt ?? ""]) }
                print(users.isEmpty ? "No user yet: truce user add NAME --role admin" : table.render(width: Terminal.width))
            }
        }
    }
}
