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
        } catch let error as ExitCode {
            throw error
        } catch let error as ValidationError {
            throw error
        } catch let error as AgreementErrors {
            Terminal.error(error.description)
            Terminal.error("\(error.errors.count) error\(error.errors.count == 1 ? "" : "s") in the agreement; fix them and run again.")
            throw ExitCode(1)
        } catch let error as TruceError {
            Terminal.error("error: \(error.description)")
            throw ExitCode(1)
        } catch {
            Terminal.error("error: \(Store.explain(error)?.description ?? "\(error)")")
            throw ExitCode(1)
        }
    }
}
