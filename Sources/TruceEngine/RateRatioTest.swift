import Foundation
public import TruceModel

/// The exact conditional test for the ratio of two Poisson rates.
///
/// Given `x` events in the window (exposure `t` days) and `y` in the
/// baseline (exposure `s` days), `x` conditional on `x + y` is binomial with
/// `p = λt / (λt + μs)`, so Clopper–Pearson bounds on `p` give exact bounds on
/// the rate ratio `λ/μ = p/(1−p) · s/t`. Bounds are one-sided at `confidence`:
/// a window is judged below the threshold only when the upper bound is.
public enum RateRatioTest {
    public static func run(
        windowCount x: Int, windowDays t: Int, baselineCount y: Int, baselineDays s: Int,
        confidence: Double, threshold: Double
    ) -> RateTest {
        let n = x + y
        let exposure = Double(s) / Double(t)
        let ratio: Double? = y == 0 ? nil : (Double(x) / Double(t)) / (Double(y) / Double(s))
        var lower = 0.0
        var upper: Double? = nil
        if n > 0 {
            if x > 0 {
                let p = Beta.quantile(1 - confidence, a: Double(x), b: Double(n - x + 1))
                lower = p / (1 - p) * exposure
            }
            if x < n {
                let p = Beta.quantile(confidence, a: Double(x + 1), b: Double(n - x))
                upper = p / (1 - p) * exposure
            }
        }
        return RateTest(
            windowCount: x, windowDays: t, baselineCount: y, baselineDays: s,
            ratio: ratio.map(round4), lower: round4(lower), upper: upper.map(round4),
            confidence: confidence, threshold: round4(threshold)
        )
    }

    /// complied when the upper bound is below the threshold, violated when the
    /// lower bound is above it, inconclusive otherwise (including no events at all).
    public static func status(of test: RateTest) -> Status {
        if test.windowCount + test.baselineCount == 0 { return .inconclusive }
        if let upper = test.upper, upper < test.threshold { return .complied }
        if test.lower > test.threshold { return .violated }
        return .inconclusive
    }

    // Rounded so that JSON stays byte-identical across platforms' last-digit differences.
    static func round4(_ value: Double) -> Double { (value * 10_000).rounded() / 10_000 }
}

/// The regularized incomplete beta function and its inverse, enough for
/// Clopper–Pearson bounds.
enum Beta {
    /// I_x(a, b), by the continued fraction (modified Lentz), using the
    /// symmetry relation where the fraction converges slowly.
    static func regularized(_ x: Double, a: Double, b: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logGammas: Double = lgamma(a + b) - lgamma(a) - lgamma(b)
        let logPowers: Double = a * log(x) + b * log(1 - x)
        let logFront = logGammas + logPowers
        let front = exp(logFront)
        if x < (a + 1) / (a + b + 2) {
            return front * continuedFraction(x, a: a, b: b) / a
        }
        return 1 - front * continuedFraction(1 - x, a: b, b: a) / b
    }

    /// The x with I_x(a, b) = probability, by bisection (monotone, 200 steps is ample).
    static func quantile(_ probability: Double, a: Double, b: Double) -> Double {
        var low = 0.0
        var high = 1.0
        for _ in 0..<200 {
            let mid = (low + high) / 2
            if regularized(mid, a: a, b: b) < probability { low = mid } else { high = mid }
            if high - low < 1e-14 { break }
        }
        return (low + high) / 2
    }

    private static func continuedFraction(_ x: Double, a: Double, b: Double) -> Double {
        let tiny = 1e-300
        var c = 1.0
        var d = 1 - (a + b) * x / (a + 1)
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...10_000 {
            let m = Double(m)
            let m2 = 2 * m
            var aa = m * (b - m) * x / ((a + m2 - 1) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return h
    }
}
