public import ArgumentParser

/// `truce`: check peace agreements and ceasefires against evidence.
public struct TruceCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "truce",
        abstract: "Check peace agreements and ceasefires against evidence.",
        discussion: """
            Encode an agreement's provisions in YAML, import evidence (ACLED exports, observations, claims) \
            into a store, and ask for every provision's status with the evidence behind it.
            Start with `truce demo`.
            """,
        subcommands: [
            DemoCommand.self,
            InitCommand.self,
            ImportCommand.self,
            EventsCommand.self,
            CheckCommand.self,
            ExportCommand.self,
            SnapshotsCommand.self,
            ActorsCommand.self,
            StoreCommand.self,
            AgreementCommand.self,
            ServeCommand.self,
            UserCommand.self,
            IncidentsCommand.self,
            ReviewCommand.self,
            BenchCommand.self,
            CodeCommand.self,
            ModelCommand.self,
            WorkerCommand.self,
            JobsCommand.self,
        ]
    )

    public init() {}
}
