extension Agreement {
    /// Resolves a date expression against the signing date and the other
    /// provisions' dates.
    ///
    /// Each call indexes the agreement afresh: to resolve many dates of one agreement,
    /// keep one ``AgreementDates``.
    ///
    /// - Throws: ``TruceError`` with code `invalidAgreement` when the
    ///   expression names an unknown provision or field, or when references
    ///   form a cycle (`a.due = b.due + 1d`, `b.due = a.due`).
    public func resolve(_ expression: DateExpression) throws -> Day {
        try AgreementDates(self).resolve(expression)
    }

    /// The day a provision starts to apply: its window's or scope's start,
    /// else the signing date.
    public func startDay(of provision: Provision) throws -> Day {
        try AgreementDates(self).startDay(of: provision)
    }

    /// The day a provision is due (obligation, target), or its window's last
    /// day (rate, prohibition with an end); `nil` for an open-ended prohibition.
    public func dueDay(of provision: Provision) throws -> Day? {
        try AgreementDates(self).dueDay(of: provision)
    }

    /// The fields a date expression may name on a provision.
    public static let dateFields = ["start", "due", "end"]
}
