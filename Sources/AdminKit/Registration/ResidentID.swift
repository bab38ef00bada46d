/// A mainland resident ID number (GB 11643): region code, birth date, sequence, ISO 7064 check digit.
///
/// A mistyped digit is the commonest error in a hand-filled entry list, and the check digit
/// catches every single wrong digit and every swap of neighbours, so it is checked before anything
/// else is believed. The birth date and sex the number encodes are checked against the form.
public struct ResidentID: Sendable, Hashable {
    public let text: String
    public let birthDate: CalendarDate
    /// From the 17th digit: odd for men, even for women.
    public let isMale: Bool

    /// The province codes GB/T 2260 assigns (11 北京 … 65 新疆, 71 台湾, 81 香港, 82 澳门).
    public static let provinceCodes: Set<Int> = [
        11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
        50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82,
    ]

    /// The ISO 7064 MOD 11-2 check character for the first 17 digits.
    public static func checkCharacter(for digits: [Int]) -> Character {
        var sum = 0
        var weight = 1
        for digit in digits.reversed() {
            weight = weight * 2 % 11
            sum += digit * weight
        }
        return Array("10X98765432")[sum % 11]
    }

    /// Checks `text` as written on the form; `id` is nil when the number is too broken to read a
    /// birth date and sex from, and the problems say why (a wrong check digit still reads).
    public static func check(_ text: String, today: CalendarDate) -> (id: ResidentID?, problems: [RegistrationProblem])
    {
        let characters = Array(text)
        if text.contains("E+") || text.contains("e+") { return (nil, [.idStoredAsNumber(text)]) }
        if characters.contains(where: { ("０"..."９").contains($0) || $0 == "Ｘ" || $0 == "ｘ" }) {
            return (nil, [.idFullWidth])
        }
        guard characters.count == 18 else { return (nil, [.idLength(characters.count)]) }
        let digits = characters.prefix(17).compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        let last = characters[17]
        guard digits.count == 17, last.isASCII, last.isNumber || last == "X" || last == "x" else {
            return (nil, [.idCharacters(text)])
        }
        var problems: [RegistrationProblem] = []
        let province = digits[0] * 10 + digits[1]
        if !provinceCodes.contains(province) { problems.append(.idProvince(String(characters.prefix(6)))) }
        let year = digits[6...9].reduce(0) { $0 * 10 + $1 }
        let month = digits[10] * 10 + digits[11]
        let day = digits[12] * 10 + digits[13]
        guard let birth = CalendarDate(year: year, month: month, day: day) else {
            return (nil, problems + [.idBirthDate(String(characters[6..<14]))])
        }
        if birth > today { problems.append(.idFutureBirth(birth)) }
        let expected = checkCharacter(for: digits)
        let found: Character = last == "x" ? "X" : last
        if found != expected {
            problems.append(.idCheckDigit(expected: expected, found: last))
        } else if last == "x" {
            problems.append(.idLowercaseX)
        }
        return (ResidentID(text: text, birthDate: birth, isMale: digits[16] % 2 == 1), problems)
    }

    /// `320821********1234`: the region and the last four kept, the rest starred, for printed lists.
    public static func masked(_ text: String) -> String {
        let characters = Array(text)
        guard characters.count > 10 else { return String(repeating: "*", count: characters.count) }
        return String(characters.prefix(6)) + String(repeating: "*", count: characters.count - 10)
            + String(characters.suffix(4))
    }

    /// `张伟_150626********0035`: folder and file names with any resident ID in them masked, as printed lists are.
    public static func maskedInText(_ text: String) -> String {
        var result = ""
        var run = ""
        func flush() {
            let digits = run.dropLast().allSatisfy(\.isNumber)
            result += run.count == 18 && digits ? masked(run) : run
            run = ""
        }
        for character in text {
            if character.isASCII && (character.isNumber || character == "X" || character == "x") {
                run.append(character)
            } else {
                flush()
                result.append(character)
            }
        }
        flush()
        return result
    }
}
