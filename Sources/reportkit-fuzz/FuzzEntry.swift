// libFuzzer entry points for ReportKit's readers (see .ci/fuzz). The target is chosen by RK_FUZZ_TARGET
// (text, normalize, extract, html, docx, rules).
//
// Built with -DFUZZING and -sanitize=fuzzer, libFuzzer supplies main and calls LLVMFuzzerTestOneInput. Built
// plainly (as `swift build` does), the program replays files instead: `reportkit-fuzz TARGET FILE...`, which
// is how a stored crash is run again under a debugger.
import Foundation
@_spi(Fuzzing) import ReportKit

#if FUZZING
  /// The target named by RK_FUZZ_TARGET, read once.
  private let target: FuzzTarget = {
    let name = ProcessInfo.processInfo.environment["RK_FUZZ_TARGET"] ?? ""
    guard let t = FuzzTarget(rawValue: name) else {
      FileHandle.standardError.write(Data("RK_FUZZ_TARGET must be one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))\n".utf8))
      exit(2)
    }
    return t
  }()

  /// libFuzzer's per-input hook.
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    target.run(size == 0 ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
  }

  /// libFuzzer's driver (LLVM 11 and later), which runs the hook with libFuzzer's command line.
  @_silgen_name("LLVMFuzzerRunDriver")
  func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
  ) -> CInt

  /// The program's entry: SwiftPM links an executable's `main` to `<module>_main` (--defsym), so libFuzzer's
  /// own `main` is never pulled in; this one hands over to its driver.
  @_cdecl("reportkit_fuzz_main")
  public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    var count = argc
    var values: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &values) { data, size in fuzzOne(data, size) }
  }
#else
  /// Replays inputs through one target.
  @main
  struct FuzzReplay {
    static func main() {
      let args = CommandLine.arguments.dropFirst()
      guard let name = args.first, let target = FuzzTarget(rawValue: name) else {
        FileHandle.standardError.write(Data("usage: reportkit-fuzz {\(FuzzTarget.allCases.map(\.rawValue).joined(separator: "|"))} FILE...\n".utf8))
        exit(2)
      }
      for path in args.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
          FileHandle.standardError.write(Data("\(path): error: cannot read the file\n".utf8))
          exit(1)
        }
        target.run([UInt8](data))
        print("\(path): ok")
      }
    }
  }
#endif
