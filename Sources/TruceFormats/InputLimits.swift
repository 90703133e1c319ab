/// The sizes Truce holds in memory for one piece of input, the same for every reader.
///
/// A limit turns a mistaken input (a database dump, `/dev/zero`, a runaway quote) into a
/// clear rejection instead of unbounded memory and time; each is far above real data.
public enum InputLimits {
    /// The longest CSV record, JSON Lines record or article, in bytes (20 MiB): a news
    /// article is a few kilobytes, the longest ACLED row a few thousand bytes.
    public static let recordBytes = 20 * 1024 * 1024
    /// How much of an over-long input a message quotes, in bytes.
    public static let quotedPrefixBytes = 200
}
