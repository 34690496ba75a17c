import ArgumentParser

/// `--shard K/N`: the K-th of N stable shares of the inputs, by a hash of each archive path.
///
/// FNV-1a over the path's UTF-8 bytes, not Swift's `Hasher` (seeded per process): every run, machine and
/// listing order puts a path in the same shard, so shards 1/N … N/N together take every input exactly once.
struct Shard: Hashable, Sendable, ExpressibleByArgument {
  /// 1-based shard number.
  var index: Int
  /// Number of shards.
  var count: Int

  /// Parses `K/N` with 1 ≤ K ≤ N.
  init?(argument: String) {
    let parts = argument.split(separator: "/", omittingEmptySubsequences: false)
    guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), n >= 1, k >= 1, k <= n else { return nil }
    index = k
    count = n
  }

  /// Whether the input with this archive path belongs to the shard.
  func contains(_ relativePath: String) -> Bool {
    Int(Shard.hash(relativePath) % UInt64(count)) == index - 1
  }

  /// 64-bit FNV-1a of the UTF-8 bytes.
  static func hash(_ s: String) -> UInt64 {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01b3
    }
    return h
  }
}
