/// The 出生年月 cell read as a year and month, however the organiser typed or Excel stored it.
///
/// Forms ask for the month (`1990.05`, `1990-05`, `1990年5月`, `199005`); some give the whole
/// date (`1990-05-01`, `19900501`), and a date-formatted Excel cell arrives as its serial number
/// (`32994`), so all of these are read.
public struct BirthMonth: Sendable, Hashable {
    public let year: Int
    public let month: Int

    public init?(_ text: String) {
        let characters = Array(text)
        guard !characters.isEmpty else { return nil }
        if characters.allSatisfy({ $0.isASCII && $0.isNumber }) {
            let value = Int(text) ?? 0
            switch characters.count {
            case 6: self.init(year: value / 100, month: value % 100)
            case 8: self.init(year: value / 10_000, month: value / 100 % 100)
            case 1...5:
                guard let date = CalendarDate(excelSerial: value) else { return nil }
                self.init(year: date.year, month: date.month)
            default: return nil
            }
            return
        }
        var groups: [String] = [""]
        for character in characters {
            if character.isASCII && character.isNumber {
                groups[groups.count - 1].append(character)
            } else if ".-/年月日 ".contains(character) {
                if !groups[groups.count - 1].isEmpty { groups.append("") }
            } else {
                return nil
            }
        }
        let numbers = groups.filter { !$0.isEmpty }
        guard (2...3).contains(numbers.count), numbers[0].count == 4, numbers[1].count <= 2,
            let year = Int(numbers[0]), let month = Int(numbers[1])
        else { return nil }
        self.init(year: year, month: month)
    }

    private init?(year: Int, month: Int) {
        guard CalendarDate(year: year, month: month, day: 1) != nil else { return nil }
        self.year = year
        self.month = month
    }
}
