import TruceModel

extension Provision {
    /// The provision as it binds one member of `each`: the member is the acting side (`actor1`) of every
    /// scope — a `between` becomes the member acting against the list it is not on — and the
    /// actor of every indicator condition.
    func judged(for member: String) -> Provision {
        acting([member])
    }
}
