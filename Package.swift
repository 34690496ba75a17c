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
  "-lswiftDispatch", "-ldispatch", "-lBlocksRuntime", "-lstdc++",
  "--end-group",
].flatMap { ["-Xlinker", $0] }
// Linked at fixed addresses (not position-independent), by the toolchain's lld: a position-independent binary
// of the static runtime has ~80,000 pointers the loader must rewrite at every start (their pages copied on
// write), about 1.5 ms and 180 page faults of a two-line run; fixed, they are written once, at link time.
// The shared libraries (and the heap and stack) are still placed at random.
let staticRuntime: [LinkerSetting] = [
  .unsafeFlags(
    ["-static-stdlib", "-use-ld=lld", "-Xclang-linker", "-no-pie"] + staticGroup,
    .when(platforms: [.linux], configuration: .release))
]

// libxml2 and SQLite are opened on first use on Linux (CLibXML2Loader, CSQLiteLoader), so their headers are
// found without pkg-config there: pkg-config's -lxml2 and -lsqlite3 would load them at every start.
#if os(Linux)
let sqliteHeaders: Target = .systemLibrary(name: "CSQLite", providers: [.apt(["libsqlite3-dev"])])
let libXML2Headers: Target = .systemLibrary(name: "CLibXML2", providers: [.apt(["libxml2-dev"])])
let libXML2Include = (
  c: [CSetting.unsafeFlags(["-I/usr/include/libxml2"])],
  swift: [SwiftSetting.unsafeFlags(["-Xcc", "-I/usr/include/libxml2"])]
)
#else
let sqliteHeaders: Target = .systemLibrary(
  name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"]), .brew(["sqlite"])])
let libXML2Headers: Target = .systemLibrary(
  name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"]), .brew(["libxml2"])])
let libXML2Include = (c: [CSetting](), swift: [SwiftSetting]())
#endif

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
    // libxml2's headers; shim.h carries the header fix (see its comments). The module map links nothing: on
    // Linux CLibXML2Loader opens the library on first use, so the headers come by path, not pkg-config
    // (whose -lxml2 would load it at every start); elsewhere pkg-config finds them and ReportKit links it.
    libXML2Headers,
    .target(name: "CLibXML2Loader", dependencies: ["CLibXML2", "CLazyLibrary"], cSettings: libXML2Include.c),
    // Opening a shared library on first use (dlopen), for the two loaders.
    .target(name: "CLazyLibrary"),
    // zlib, for inflating the members of .docx archives.
    .systemLibrary(
      name: "CZ", pkgConfig: "zlib",
      providers: [.apt(["zlib1g-dev"]), .brew(["zlib"])]),
    // OpenSSL's libcrypto, for SHA-256 of the inputs; linked by ReportKit below, not by the module map.
    .systemLibrary(name: "CCrypto", providers: [.apt(["libssl-dev"]), .brew(["openssl"])]),
    .target(
      name: "ReportKit",
      dependencies: [
        "CLibXML2",
        "CLibXML2Loader",
        "CCrypto",
        "CZ",
        .product(name: "Yams", package: "Yams"),
        .product(name: "ZIPFoundation", package: "ZIPFoundation"),
      ],
      // The JSON Schemas of the output are files for users and tests, not code.
      exclude: ["Output/Schemas"],
      swiftSettings: libXML2Include.swift,
      // Release binaries on Linux take the few objects of libcrypto's archive that SHA-256 needs: loading the
      // shared library (4.7 MB, 17,000 relocations and 3,400 symbol bindings) cost ~2.7 M instructions, an
      // eighth of a two-line run. The headers are the system's (/usr/include/openssl).
      linkerSettings: [
        .unsafeFlags(["-Xlinker", "-l:libcrypto.a"], .when(platforms: [.linux], configuration: .release)),
        .linkedLibrary("crypto", .when(platforms: [.linux], configuration: .debug)),
        .linkedLibrary("crypto", .when(platforms: [.macOS])),
        .linkedLibrary("xml2", .when(platforms: [.macOS])),
      ]),
    // The system SQLite, for the archive index: a module map over <sqlite3.h> builds in a second, where GRDB
    // costs minutes of every clean build (see README, "Batch archives").
    // On Linux the module map links nothing and CSQLiteLoader opens the library on first use (like libxml2).
    sqliteHeaders,
    .target(name: "CSQLiteLoader", dependencies: ["CSQLite", "CLazyLibrary"]),
    // The SQLite index of a batch archive and its search; a module of its own so ReportKit stays free of SQLite.
    .target(
      name: "ReportKitIndex", dependencies: ["ReportKit", "CSQLite", "CSQLiteLoader"],
      linkerSettings: [.linkedLibrary("sqlite3", .when(platforms: [.macOS]))]),
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
