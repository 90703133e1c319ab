import TruceCLI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

@main
struct TruceMain {
    static func main() async {
        // A closed pipe (`truce events | head -1`) then fails the write with EPIPE instead of killing the
        // process mid-write: the command stops reading, ends its database transaction and exits 141 quietly.
        signal(SIGPIPE, SIG_IGN)
        await TruceCommand.main()
    }
}
