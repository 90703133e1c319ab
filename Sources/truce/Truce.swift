import TruceCLI

@main
struct TruceMain {
    static func main() async {
        await TruceCommand.main()
    }
}
