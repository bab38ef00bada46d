import Testing

@testable import AdminKit

struct ResidentIDTests {
    /// The standard's own example number (GB 11643), checked against the published check character.
    @Test func theStandardsExampleHasCheckCharacterX() {
        #expect(residentID("11010519491231002") == "11010519491231002X")
        #expect(ResidentID.check("11010519491231002X", today: today).problems.isEmpty)
    }

    static let cases: [(String, String, [String])] = [
        ("valid, male", residentID("32082119900501001"), []),
        ("valid, female", residentID("32082119851231002"), []),
        ("valid, leap day", residentID("32082120000229003"), []),
        ("check character X", "11010519491231002X", []),
        ("lower-case x", "11010519491231002x", ["id-lowercase-x"]),
        ("wrong check digit", "11010519491231002" + "3", ["id-check-digit"]),
        ("February 30", residentID("32082119900230001"), ["id-birth-date"]),
        ("month 13", residentID("32082119901301001"), ["id-birth-date"]),
        ("born tomorrow", residentID("32082120260602001"), ["id-future-birth"]),
        ("province 99", residentID("99082119900501001"), ["id-province"]),
        ("province 16", residentID("16082119900501001"), ["id-province"]),
        ("Hong Kong 81", residentID("81000019900501001"), []),
        ("17 characters", "32082119900501001", ["id-length"]),
        ("19 characters", residentID("32082119900501001") + "1", ["id-length"]),
        ("full-width digits", "３２０８２１19900501001X", ["id-full-width"]),
        ("a letter inside", "3208211990050100AX", ["id-characters"]),
        ("stored as a number", "3.20821199005E+17", ["id-stored-as-number"]),
    ]

    @Test(arguments: cases)
    func anIDIsCheckedForLengthRegionDateAndCheckDigit(label: String, id: String, expected: [String]) {
        #expect(ResidentID.check(id, today: today).problems.map(\.code) == expected, "\(label)")
    }

    @Test func aWrongCheckDigitNamesTheExpectedOne() {
        let problems = ResidentID.check("110105194912310023", today: today).problems
        #expect(problems == [.idCheckDigit(expected: "X", found: "3")])
    }

    @Test func theSeventeenthDigitGivesTheSex() {
        #expect(ResidentID.check(residentID("32082119900501001"), today: today).id?.isMale == true)
        #expect(ResidentID.check(residentID("32082119900501002"), today: today).id?.isMale == false)
    }

    static let masks: [(String, String)] = [
        ("320821199005011234", "320821********1234"),
        ("12345", "*****"),
        ("", ""),
    ]

    @Test(arguments: masks)
    func aPrintedIDKeepsItsRegionAndLastFour(id: String, masked: String) {
        #expect(ResidentID.masked(id) == masked)
    }
}
