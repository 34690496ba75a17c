/// A command whose positional arguments are input paths, any number of them.
protocol TakesManyPaths: SendableMetatype {
  /// The command's name on the command line.
  static var name: String { get }
  /// Every option of the command that takes a value (`--format json`), long and short spellings.
  static var valueOptions: Set<String> { get }
}

/// Takes long lists of input paths out of the command line before ArgumentParser sees it.
///
/// ArgumentParser 1.8 is quadratic in positional arguments (measured here: 16,000 paths cost 47 s in a debug
/// build, 21,504 cost 22 s in release), so a command that takes paths gets them from `FastArguments.paths`
/// instead when there are many; the options still go through ArgumentParser and keep their checks.
enum FastArguments {
  /// Below this many paths the command line goes to ArgumentParser unchanged.
  static let threshold = 64
  /// The commands whose paths may be taken out.
  static let commands: [any TakesManyPaths.Type] = [ExtractCommand.self, ChecklistCommand.self, BatchCommand.self]

  /// Paths taken out of the command line, in order; the command reads them after its own arguments.
  /// Written once by `prepare` before any command runs, read-only after.
  nonisolated(unsafe) static var paths: [String] = []

  /// The arguments to parse: unchanged, or without the positional paths when a path-taking command has many.
  static func prepare(_ args: [String]) -> [String] {
    guard let first = args.first, let command = commands.first(where: { $0.name == first }), args.count > threshold
    else { return args }
    let (kept, taken) = split(Array(args.dropFirst()), valueOptions: command.valueOptions)
    guard taken.count > threshold else { return args }
    paths = taken
    return [first] + kept
  }

  /// Options with their values, and the positional arguments (everything after `--` is positional).
  static func split(_ args: [String], valueOptions: Set<String>) -> (options: [String], positionals: [String]) {
    var options: [String] = []
    var positionals: [String] = []
    var i = 0
    while i < args.count {
      let a = args[i]
      if a == "--" {
        positionals += args[(i + 1)...]
        break
      }
      if a.hasPrefix("-") && a != "-" {
        options.append(a)
        // --format=json carries its value; --format json takes the next argument.
        if !a.contains("="), valueOptions.contains(a), i + 1 < args.count {
          options.append(args[i + 1])
          i += 1
        }
      } else {
        positionals.append(a)
      }
      i += 1
    }
    return (options, positionals)
  }
}
