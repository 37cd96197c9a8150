import XCTest
@testable import EvoScript

/// Strings built in Swift's small-string form must be the strings the
/// standard library decodes from the same bytes.
final class SmallASCIIStringTests: XCTestCase {
    func testLayoutIsVerifiedOnThisStandardLibrary() {
        XCTAssertTrue(SmallASCIIString.layoutVerified)
    }

    func testDecodeMatchesTheStandardLibrary() {
        let samples: [[UInt8]] = [
            [], Array("x".utf8), Array("item42".utf8), Array("12345678".utf8), Array("123456789".utf8),
            Array("abcdefghijklmno".utf8), Array("abcdefghijklmnop".utf8), Array("a b\tc\n".utf8),
            Array("héllo".utf8), [0x61, 0xFF, 0x62], [0x7F], [0x00, 0x41],
        ]
        for bytes in samples {
            let fast = bytes.withUnsafeBufferPointer { SmallASCIIString.decode($0) }
            let slow = bytes.withUnsafeBufferPointer { String(decoding: $0, as: UTF8.self) }
            XCTAssertEqual(fast, slow)
            XCTAssertEqual(Array(fast.utf8), Array(slow.utf8))
            XCTAssertEqual(fast.count, slow.count)
            XCTAssertEqual(fast.hashValue, slow.hashValue)
            // Appending to it grows it as a decoded string grows.
            XCTAssertEqual(fast + "tail", slow + "tail")
        }
    }
}

extension SmallASCIIStringTests {
    /// Every length from 0 to 16, at every offset in a longer buffer (the
    /// loads read only inside the piece).
    func testEveryLengthAndOffset() {
        let text = Array("The quick brown fox jumps over the lazy dog 0123456789".utf8)
        text.withUnsafeBufferPointer { buf in
            for start in 0..<20 {
                for n in 0...16 {
                    let piece = UnsafeBufferPointer(rebasing: buf[start..<(start + n)])
                    XCTAssertEqual(SmallASCIIString.decode(piece), String(decoding: piece, as: UTF8.self), "\(start) \(n)")
                }
            }
        }
    }
}
