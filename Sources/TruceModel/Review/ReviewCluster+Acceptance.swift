/// The acts-only rule: a promise to act is not an act. Accepting a cluster writes evidence that
/// assessments count as compliance or violation, so only acts are accepted unless the reviewer
/// allows a non-act deliberately. The rule lives here, in the model, so that the core and every
/// storage backend apply the same one.
extension ReviewCluster {
    /// Refuses a cluster that does not report an act (an event promised, denied, demanded,
    /// hypothetical, negated or alleged; a target figure) unless `allowNonAct`.
    ///
    /// - Throws: ``TruceError`` (`invalidInput`, parameter `allow_non_act`) naming the cluster,
    ///   what it reports, and the edit that would make it an act.
    public func checkIsAct(allowNonAct: Bool) throws(TruceError) {
        guard !isAct && !allowNonAct else { return }
        let what = kind == .figure ? "a target figure (a promise of a value)" : "a \(modality.rawValue) event"
        let edit = kind == .figure ? "kind=current" : "modality=done"
        throw TruceError(
            .invalidInput,
            "cluster \(id) reports \(what), not an act: only acts count as compliance evidence. "
                + "If the articles report an act, edit the cluster (\(edit)); else reject it, or accept it anyway as a non-act",
            parameter: "allow_non_act")
    }

    /// The record accepting the cluster writes: the acts-only rule, then the draft.
    ///
    /// - Throws: ``TruceError`` from ``checkIsAct(allowNonAct:)``; (parameter `edits`) naming the
    ///   cluster and the field a reviewer must set first when the reports do not make a record.
    public func recordToAccept(allowNonAct: Bool) throws(TruceError) -> EvidenceRecord {
        try checkIsAct(allowNonAct: allowNonAct)
        switch draft() {
        case .success(let record): return record
        case .failure(let error): throw TruceError(error.code, "cluster \(id): \(error.message)", parameter: "edits", cause: error)
        }
    }
}
