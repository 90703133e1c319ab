public import TruceModel

/// How far a measured value has come toward a target: the part of the distance
/// from the starting value to the target covered by the latest value.
///
/// Sources disagree (12,000 or 13,000 troops at the signing), so both ends may
/// have several reports; the fraction is the smallest that any pair of a starting
/// report and a latest report gives: the claim of progress every source supports.
public enum ImplementationProgress {
    /// The fraction of the way, clamped to 0…1, or `nil` when no starting report is away from the target.
    ///
    /// - Parameters:
    ///   - start: the reports of the starting value.
    ///   - latest: the reports of the latest value.
    ///   - target: the value the condition compares with.
    public static func fraction(start: [Double], latest: [Double], target: Double) -> Double? {
        var smallest: Double?
        for from in start where from != target && from.isFinite {
            for value in latest where value.isFinite {
                let covered = min(1, max(0, (from - value) / (from - target)))
                smallest = min(smallest ?? covered, covered)
            }
        }
        return smallest
    }

    /// The progress of a condition's indicator from the observations of a reading's evidence.
    ///
    /// The start is the reports of the last day on or before `start` (the provision's
    /// start); without one, zero for a count that must rise to a positive value
    /// (`prisoners_released >= 5000` counts from none), else the earliest reports.
    /// The latest value is the reports of the latest day.
    ///
    /// - Returns: `nil` without observations.
    public static func fraction(of condition: IndicatorCondition, observations: [Observation], start: Day) -> Double? {
        guard let lastDay = observations.map(\.date).max() else { return nil }
        let latest = observations.filter { $0.date == lastDay }.map(\.value)
        let startingValues: [Double]
        if let startDay = observations.map(\.date).filter({ $0 <= start }).max() {
            startingValues = observations.filter { $0.date == startDay }.map(\.value)
        } else if [.greaterOrEqual, .greater].contains(condition.comparison), condition.value > 0 {
            startingValues = [0]
        } else {
            let firstDay = observations.map(\.date).min() ?? lastDay
            startingValues = observations.filter { $0.date == firstDay }.map(\.value)
        }
        return fraction(start: startingValues, latest: latest, target: condition.value)
    }
}
