/// Numbers as JSON text.
public enum JSONNumber {
    /// The shortest text that reads back as `value` (`35.6875`, `8600`, `1e-05`); `nil` when not finite.
    public static func text(_ value: Double) -> String? {
        guard value.isFinite else { return nil }
        let text = String(value)
        // Swift writes whole numbers as "8600.0"; JSONEncoder and people write "8600".
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }

    /// `value` rounded to at most `places` decimals, without an exponent or trailing zeros
    /// (`64.2932`, `-0.5`, `12`); `nil` when not finite.
    public static func fixed(_ value: Double, places: Int) -> String? {
        guard value.isFinite, (0...9).contains(places) else { return nil }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = (abs(value) * Double(scale)).rounded()
        // Beyond 2^53 the units are no longer exact; such values are not coordinates.
        guard scaled < 9_007_199_254_740_992 else { return text(value) }
        let units = Int(scaled)
        var out = value < 0 && units != 0 ? "-" : ""
        out += String(units / scale)
        var fraction = units % scale
        if fraction != 0 {
            var width = places
            while fraction % 10 == 0 {
                fraction /= 10
                width -= 1
            }
            let digits = String(fraction)
            out += "." + String(repeating: "0", count: width - digits.count) + digits
        }
        return out
    }

    /// Appends `value` in decimal, as `String(value)` writes it, without building a String.
    public static func appendInteger(_ value: Int, to out: inout [UInt8]) {
        if value < 0 { out.append(UInt8(ascii: "-")) }
        // The magnitude as unsigned, so Int.min has one too.
        var magnitude = value.magnitude
        var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[23 - count] = UInt8(truncatingIfNeeded: magnitude % 10) + 0x30
                magnitude /= 10
                count += 1
            } while magnitude > 0
            out.append(contentsOf: buffer[(24 - count)...])
        }
    }
}
