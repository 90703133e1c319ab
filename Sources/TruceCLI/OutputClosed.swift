/// The reader of what a command writes went away: `truce events | head -1` once `head` has its line,
/// or a pipe an export writes to whose reader quit.
///
/// Not a failure of Truce and not worth a message: the command stops where it is (a store read through a
/// cursor stops reading) and exits with ``exitStatus``, the status a shell reports for a command that
/// SIGPIPE ended, so that `set -o pipefail` scripts still see that the output was cut short.
struct OutputClosed: Error {
    /// What was being written to ("standard output", an export's file).
    var name: String

    /// 128 + SIGPIPE (13), as shells report a command ended by SIGPIPE.
    static let exitStatus: Int32 = 141
}
