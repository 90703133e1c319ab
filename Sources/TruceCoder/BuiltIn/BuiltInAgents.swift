enum BuiltInAgents {
    static let text = """
        GOVERNMENT_ [~GOV]
        """
}
