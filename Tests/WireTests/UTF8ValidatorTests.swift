import Testing
import Wire

@Test(arguments: [
    [], utf8("Hello"), utf8("κόσμε"), utf8("€"), utf8("𝄞"), utf8("政务服务技能竞赛"), hex("7f"), hex("c2 80"), hex("df bf"),
    hex("e0 a0 80"), hex("ed 9f bf"), hex("ee 80 80"), hex("ef bf bf"), hex("f0 90 80 80"), hex("f4 8f bf bf"),
])
func utf8ValidatorAcceptsValidTextWholeAndByteByByte(bytes: [UInt8]) {
    #expect(UTF8Validator.isValid(bytes))
    var validator = UTF8Validator()
    for byte in bytes {
        let valid = validator.validate([byte])
        #expect(valid)
    }
    #expect(validator.isAtCharacterBoundary)
}

/// Each case gives the index of the first byte that makes the prefix invalid: fed one byte at a
/// time, validation must fail exactly there, never later.
@Test(arguments: [
    (hex("80"), 0, "lone continuation byte"), (hex("c0 af"), 0, "overlong two-byte lead"),
    (hex("c1 bf"), 0, "overlong two-byte lead"), (hex("e0 80 af"), 1, "overlong three-byte form"),
    (hex("ed a0 80"), 1, "UTF-16 surrogate"), (hex("f0 80 80 af"), 1, "overlong four-byte form"),
    (hex("f4 90 80 80"), 1, "above U+10FFFF"), (hex("f5 80 80 80"), 0, "lead byte beyond F4"), (hex("ff"), 0, "FF"),
    (hex("e2 82 41"), 2, "sequence cut by ASCII"), (hex("c2 c2"), 1, "lead where continuation was due"),
    (utf8("κόσμε") + hex("f4 90 80 80") + utf8("edited"), utf8("κόσμε").count + 1, "Autobahn 6.4.1 invalid middle"),
])
func utf8ValidatorFailsAtTheFirstInvalidByte(bytes: [UInt8], failIndex: Int, what: String) {
    var validator = UTF8Validator()
    for (index, byte) in bytes.enumerated() {
        let valid = validator.validate([byte])
        #expect(valid == (index < failIndex), "\(what) at byte \(index)")
    }
    #expect(!UTF8Validator.isValid(bytes), "\(what) as a whole")
}

@Test func utf8ValidatorAcceptsATruncatedSequenceOnlyAsAPrefix() {
    var validator = UTF8Validator()
    let prefixValid = validator.validate(hex("e2 82"))
    #expect(prefixValid)
    #expect(!validator.isAtCharacterBoundary)
    #expect(!UTF8Validator.isValid(hex("e2 82")))
    let completed = validator.validate(hex("ac"))
    #expect(completed)
    #expect(validator.isAtCharacterBoundary)
}

@Test func utf8ValidatorStaysFailedAfterAnInvalidByte() {
    var validator = UTF8Validator()
    let invalid = validator.validate(hex("ff"))
    #expect(!invalid)
    let afterFailure = validator.validate(utf8("fine"))
    #expect(!afterFailure)
    #expect(!validator.isAtCharacterBoundary)
}

/// The eight-byte ASCII skip must not jump over a bad byte at any position within or after a word.
@Test(arguments: Array(0..<20))
func utf8ValidatorFindsABadByteAtAnyOffsetInALongASCIIRun(position: Int) {
    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: 20)
    bytes[position] = 0xFF
    #expect(!UTF8Validator.isValid(bytes))
    bytes[position] = 0x7F
    #expect(UTF8Validator.isValid(bytes))
}

/// Differential check against the standard library over every one- and two-byte input, and over
/// every three- and four-byte lead with every value in its second and in its last position.
@Test func utf8ValidatorAgreesWithTheStandardLibrary() {
    var inputs: [[UInt8]] = []
    for first in 0...255 {
        inputs.append([UInt8(first)])
        for second in 0...255 {
            inputs.append([UInt8(first), UInt8(second)])
            if first >= 0xE0 {
                inputs.append([UInt8(first), UInt8(second), 0x80])
                inputs.append([UInt8(first), UInt8(second), 0x80, 0x80])
                inputs.append([UInt8(first), 0xA0, UInt8(second)])
                inputs.append([UInt8(first), 0x90, 0x80, UInt8(second)])
            }
        }
    }
    var disagreements = 0
    for input in inputs where UTF8Validator.isValid(input) != (String(validating: input, as: UTF8.self) != nil) {
        disagreements += 1
    }
    #expect(disagreements == 0)
}
