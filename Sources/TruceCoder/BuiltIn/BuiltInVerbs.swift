enum BuiltInVerbs {
    static let text = """
        --- ATTACK [190] ---
        ATTACK
        """
}
