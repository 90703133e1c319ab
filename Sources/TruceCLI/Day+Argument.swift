import ArgumentParser
import TruceModel

extension Day: @retroactive ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}
