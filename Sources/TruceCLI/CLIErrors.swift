import ArgumentParser
import Foundation
import TruceFormats
import TruceModel
import TruceStore

/// Turns domain errors into a message on standard error and exit code 1;
/// argument errors stay with ArgumentParser, which prints usage.
enum CLIErrors {
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw translate(error)
        }
    }

    static func reportingAsync<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch {
            throw translate(error)
        }
    }

    /// The flag each core input is given with (or the command that fixes it), for the hint the core's
    /// messages leave to the front end.
    static let flags: [String: String] = [
        "explain": "--explain", "reading": "--reading", "snapshot": "--snapshot", "from_year": "--from-year", "to_year": "--to-year",
        "limit": "--limit", "offset": "--offset", "agreement": "--agreement", "from": "--from", "to": "--to", "as_of": "--as-of",
        "store": "--store", "window": "--window", "dataset": "--dataset", "dictionary": "--dictionary", "model": "--model",
        "output": "--output", "allow_non_act": "--allow-non-act", "edits": "truce review edit ID --set FIELD=VALUE",
        "cluster": "truce review list --state all", "text_field": "--text-field", "actors": "--actors",
        "kind": "truce import acled, ucdp or gdelt",
    ]

    /// The inputs whose errors are the caller's to fix in the command line itself.
    static let usageParameters: Set<String> = ["explain", "reading", "from_year", "to_year", "limit", "offset", "from", "to", "window"]

    private static func translate(_ error: any Error) -> any Error {
        switch error {
        case let error as ExitCode:
            return error
        case is OutputClosed:
            // The reader chose to stop (`| head`): nothing to report, and the status says the output is cut short.
            return ExitCode(OutputClosed.exitStatus)
        case let error as ValidationError:
            return error
        case let error as AgreementErrors:
            Terminal.error(error.description)
            Terminal.error("\(error.errors.count) error\(error.errors.count == 1 ? "" : "s") in the agreement; fix them and run again.")
            return ExitCode(1)
        case let error as TruceError:
            // An error about a flag's value is a usage error; one about what the store holds is not,
            // but both name the flag that gave the input.
            if let parameter = error.parameter, let flag = flags[parameter] {
                if usageParameters.contains(parameter) { return ValidationError("\(error.message) (\(flag))") }
                Terminal.error("error: \(error.description) (\(flag))")
                return ExitCode(1)
            }
            Terminal.error("error: \(error.description)")
            return ExitCode(1)
        default:
            Terminal.error("error: \(Store.explain(error)?.description ?? "\(error)")")
            return ExitCode(1)
        }
    }
}
