/// One option of a command as `QuickArguments` reads it: its spellings and what it sets.
struct QuickOption<Settings>: Sendable {
  /// Every spelling (`--output`, `-o`).
  let names: [String]
  /// Whether it takes a value (`--format json`), or is a flag (`--quiet`).
  let takesValue: Bool
  /// Sets the option; false when the value is one ArgumentParser would refuse or check (an unknown format, a
  /// year out of range), so that ArgumentParser reads the command line and says what is wrong.
  let apply: @Sendable (inout Settings, String) -> Bool

  /// An option that takes a value.
  static func value(_ names: String..., apply: @escaping @Sendable (inout Settings, String) -> Bool) -> QuickOption {
    QuickOption(names: names, takesValue: true, apply: apply)
  }

  /// A flag: present or not.
  static func flag(_ names: String..., apply: @escaping @Sendable (inout Settings) -> Void) -> QuickOption {
    QuickOption(names: names, takesValue: false) { s, _ in
      apply(&s)
      return true
    }
  }
}

extension QuickOption {
  /// `--year`-like options: a year ArgumentParser's `YearOption` accepts, else it reads the line and says why.
  static func year(_ name: String, _ field: WritableKeyPath<Settings, Int?> & Sendable) -> QuickOption {
    .value(name) { s, v in
      s[keyPath: field] = Int(argument: v)
      return s[keyPath: field].map(YearOption.years.contains) ?? false
    }
  }

  /// The options the path-taking commands share: `--rules DIR`, `-o/--output FILE` and `--quiet`.
  static func shared(
    rules: WritableKeyPath<Settings, String?> & Sendable, output: WritableKeyPath<Settings, OutputTarget> & Sendable
  ) -> [QuickOption] {
    [
      .value("--rules") { s, v in
        s[keyPath: rules] = v
        return true
      },
      .value("-o", "--output") { s, v in
        s[keyPath: output].path = v
        return true
      },
      .flag("--quiet") { $0[keyPath: output].quiet = true },
    ]
  }
}

/// A hand-written reader of the plain command lines of the busiest commands (`extract a.txt --format json`).
///
/// ArgumentParser builds its whole model of every command by reflection before it reads a word (Mirror, and
/// protocol conformance scans that are slow in a static binary): 18 M instructions, a third of a run over a
/// two-line file. A command line made only of paths and the options of the command's table, each at most once,
/// is read here instead; anything else (help, a misspelt or repeated option, `--`, a value that is refused)
/// gives nil and goes to ArgumentParser, which keeps every message and check. A test holds each table to the
/// options ArgumentParser declares for the command.
enum QuickArguments {
  /// The settings the arguments give, starting from `settings`; nil when ArgumentParser must read them.
  static func parse<Settings>(
    _ args: ArraySlice<String>, options: [QuickOption<Settings>], into settings: Settings,
    positional: (inout Settings, String) -> Void
  ) -> Settings? {
    var settings = settings
    var seen = Set<Int>()
    var i = args.startIndex
    while i < args.endIndex {
      let a = args[i]
      i += 1
      // `-` is standard input, a path like any other.
      guard a.hasPrefix("-") && a != "-" else {
        positional(&settings, a)
        continue
      }
      // `--format=json`: the value after the first `=` of a long option.
      var name = Substring(a)
      var attached: Substring?
      if a.hasPrefix("--"), let eq = a.firstIndex(of: "=") {
        name = a[..<eq]
        attached = a[a.index(after: eq)...]
      }
      guard let k = options.firstIndex(where: { $0.names.contains(where: { $0 == name }) }), seen.insert(k).inserted
      else { return nil }
      let option = options[k]
      var value = ""
      if option.takesValue {
        if let attached {
          value = String(attached)
        } else {
          // A value that looks like an option (`--format --quiet`) is ArgumentParser's to refuse.
          guard i < args.endIndex, !args[i].hasPrefix("-") || args[i] == "-" else { return nil }
          value = args[i]
          i += 1
        }
        // An empty value (`--output=`) is left to ArgumentParser and the command's own checks.
        guard !value.isEmpty else { return nil }
      } else if attached != nil {
        return nil
      }
      guard option.apply(&settings, value) else { return nil }
    }
    return settings
  }

  /// The spellings of the options that take a value, for `FastArguments`.
  static func valueOptions<Settings>(_ options: [QuickOption<Settings>]) -> Set<String> {
    Set(options.filter(\.takesValue).flatMap(\.names))
  }
}
