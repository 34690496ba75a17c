// swift-tools-version:6.0
import PackageDescription

// Release binaries carry the Swift runtime and Foundation inside them on Linux: a process then starts in ~3 ms
// instead of ~10 ms of loading and relocating a dozen shared libraries (libswiftCore, Foundation, ICU…), which
// is most of the fixed cost of a short run. Debug builds and tests keep the shared libraries.
// Swift 6.3's static Foundation archives do not name the archives they need (ICU, CoreFoundation, the
// collections and C shims) for the linker, so they are named here, in one group because they need each other.
let staticGroup = [
  "--start-group", "-lFoundation", "-lFoundationEssentials", "-lFoundationInternationalization", "-l_FoundationICU",
  "-l_FoundationCollections", "-l_FoundationCShims", "-lCoreFoundation", "-lswiftCore", "-lswiftSynchronization",
  "-lswiftDispatch", "-ldispatch", "-lBlocksRuntime", "-lstdc++", "--end-group",
].flatMap { ["-Xlinker", $0] }
let staticRuntime: [LinkerSetting] = [
  .unsafeFlags(["-static-stdlib"] + staticGroup, .when(platforms: [.linux], configuration: .release))
]

let package = Package(
  name: "ReportKit",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "ReportKit", targets: ["ReportKit"]),
    .library(name: "ReportKitIndex", targets: ["ReportKitIndex"]),
    .executable(name: "reportkit", targets: ["reportkit"]),
    .executable(name: "reportkit-bench", targets: ["reportkit-bench"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
  ],
  targets: [
    // libxml2 through pkg-config; shim.h carries the two header fixes (see its comments).
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0",
      providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])]),
    // zlib, for inflating the members of .docx archives.
    .systemLibrary(
      name: "CZ", pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
    // OpenSSL's libcrypto, for SHA-256 of the inputs.
    .systemLibrary(
      name: "CCrypto", pkgConfig: "libcrypto",
      providers: [.apt(["libssl-dev"]), .brew(["openssl"])]),
    .target(
      name: "ReportKit",
      dependencies: [
        "CLibXML2",
        "CCrypto",
        "CZ",
        .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      // The JSON Schemas of the output are files for users and tests, not code.
      exclude: ["Output/Schemas"]),
    // The system SQLite, for the archive index: a module map over <sqlite3.h> builds in a second, where GRDB
    // costs minutes of every clean build (see README, "Batch archives").
    .systemLibrary(
      name: "CSQLite", pkgConfig: "sqlite3",
      providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])]),
    // The SQLite index of a batch archive and its search; a module of its own so ReportKit stays free of SQLite.
    .target(name: "ReportKitIndex", dependencies: ["ReportKit", "CSQLite"]),
    // Headers only: C library calls the Swift overlay does not expose (mallopt).
    .systemLibrary(name: "CSystem"),
    .executableTarget(
      name: "reportkit",
      dependencies: [
        "ReportKit",
        "ReportKitIndex",
        "CSystem",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ],
      linkerSettings: staticRuntime),
    .executableTarget(name: "reportkit-bench", dependencies: ["ReportKit"], linkerSettings: staticRuntime),
    // libFuzzer entry points (built with -sanitize=fuzzer by .ci/fuzz); a plain build replays files.
    .executableTarget(name: "reportkit-fuzz", dependencies: ["ReportKit"]),
    // Rule-file fixtures are read by path, not bundled.
    .testTarget(name: "ReportKitTests", dependencies: ["ReportKit"], exclude: ["Fixtures"]),
    .testTarget(name: "ReportKitIndexTests", dependencies: ["ReportKitIndex", "ReportKit"]),
    .testTarget(name: "reportkitTests", dependencies: ["reportkit", "ReportKit", "ReportKitIndex"]),
  ],
  swiftLanguageModes: [.v6]
)
