public import ArgumentParser

public struct TruceCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "truce", abstract: "Check peace agreements against evidence.")
    public init() {}
}
