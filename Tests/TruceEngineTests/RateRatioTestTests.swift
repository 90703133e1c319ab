import Foundation
import Testing
import TruceEngine
import TruceModel

@Suite struct RateRatioTestTests {
    // Expected bounds computed independently with SciPy's beta.ppf (Clopper–Pearson), one-sided at 95%.
    @Test(arguments: [
        (3, 7, 40, 52, 0.14607630380436815, 1.5275910828723869),
        (30, 10, 20, 10, 0.9007079702832949, 2.5319390842411753),
    ])
    func boundsMatchAReferenceImplementation(x: Int, t: Int, y: Int, s: Int, lower: Double, upper: Double) throws {
        let test = RateRatioTest.run(windowCount: x, windowDays: t, baselineCount: y, baselineDays: s, confidence: 0.95, threshold: 0.7)
        #expect(abs(test.lower - lower) < 1e-3)
        #expect(abs(try #require(test.upper) - upper) < 1e-3)
        #expect(test.ratio == ((Double(x) / Double(t)) / (Double(y) / Double(s)) * 10_000).rounded() / 10_000)
    }

    @Test func zeroEventsInTheWindowHasAClosedFormUpperBound() throws {
        // With x = 0 of n, the one-sided upper bound on p is 1 − α^(1/n).
        let n = 45.0
        let p = 1 - pow(0.05, 1 / n)
        let expected = p / (1 - p) * 52 / 7
        let test = RateRatioTest.run(windowCount: 0, windowDays: 7, baselineCount: 45, baselineDays: 52, confidence: 0.95, threshold: 0.7)
        #expect(abs(try #require(test.upper) - expected) < 1e-3)
        #expect(test.lower == 0)
        #expect(RateRatioTest.status(of: test) == .complied)
    }

    @Test func noBaselineEventsLeavesTheUpperBoundOpen() {
        let test = RateRatioTest.run(windowCount: 5, windowDays: 7, baselineCount: 0, baselineDays: 52, confidence: 0.95, threshold: 0.7)
        #expect(test.upper == nil)
        #expect(test.ratio == nil)
        #expect(RateRatioTest.status(of: test) == .violated)
    }
}
