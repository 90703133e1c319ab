enum BuiltInActors {
    static let text = """
        AFGHANISTAN_ [AFG] # name=Afghanistan
        +AFGHAN_
        """
}
