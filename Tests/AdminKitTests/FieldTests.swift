import Testing

@testable import AdminKit

struct FieldTests {
    static let months: [(String, Int?, Int?)] = [
        ("1990.05", 1990, 5), ("1990-05", 1990, 5), ("1990年5月", 1990, 5), ("199005", 1990, 5),
        ("1990/5", 1990, 5), ("1990-05-01", 1990, 5), ("19900501", 1990, 5), ("1990年05月01日", 1990, 5),
        ("32994", 1990, 5), ("1990.13", nil, nil), ("五月", nil, nil), ("90.5", nil, nil), ("", nil, nil),
    ]

    @Test(arguments: months)
    func aBirthMonthIsReadInEveryFormFormsUse(text: String, year: Int?, month: Int?) {
        let parsed = BirthMonth(text)
        #expect(parsed?.year == year)
        #expect(parsed?.month == month)
    }

    static let serials: [(Int, String)] = [
        (1, "1900-01-01"), (59, "1900-02-28"), (61, "1900-03-01"), (32994, "1990-05-01"),
    ]

    @Test(arguments: serials)
    func anExcelSerialIsTheDateExcelShows(serial: Int, date: String) {
        #expect(CalendarDate(excelSerial: serial)?.description == date)
    }

    static let phones: [(String, Bool)] = [
        ("13912345678", true), ("19912345678", true), ("12912345678", false), ("1391234567", false),
        ("139123456789", false), ("0527-8888888", true), ("052788888888", true), ("05278888888", true),
        ("010-12345678", true), ("8888888", false), ("0527-888888", false), ("0527-88888888-1", false),
        ("１3912345678", false), ("139 1234 5678", true),
    ]

    @Test(arguments: phones)
    func aPhoneIsAMobileOrALandlineWithAreaCode(text: String, valid: Bool) {
        #expect(PhoneNumber.isValid(text) == valid)
    }

    static let levels: [(String, SkillLevel?)] = [
        ("", SkillLevel.none), ("无", SkillLevel.none), ("五级", .level(5)), ("初级工", .level(5)),
        ("四级", .level(4)), ("中级工", .level(4)), ("四级/中级工", .level(4)), ("三级/高级工", .level(3)),
        ("技师", .level(2)), ("高级技师", .level(1)), ("特级", nil),
    ]

    @Test(arguments: levels)
    func aSkillLevelIsReadFromItsNameOrNumber(text: String, level: SkillLevel?) {
        #expect(SkillLevel(text) == level)
    }

    static let headers: [(String, RegistrationColumn?)] = [
        ("身份证号码", .residentID), ("身份证号", .residentID), ("ID Number", .residentID),
        ("联系电话（手机）", .phone), (" 姓 名 ", .name), ("Pension Years", .pensionYears), ("备注", nil),
    ]

    @Test(arguments: headers)
    func aHeaderIsMatchedInChineseOrEnglish(header: String, column: RegistrationColumn?) {
        #expect(RegistrationColumn.column(for: header) == column)
    }
}
