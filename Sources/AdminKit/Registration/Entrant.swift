import QuestionBank

/// One row of the entry list: the cells this tool reads, each with the place it came from.
public struct Entrant: Sendable {
    /// Where the row starts: `12:1` in a CSV, `报名表!A12` in a workbook.
    public var location: SourceLocation
    public var values: [RegistrationColumn: String]
    public var places: [RegistrationColumn: SourceLocation]

    public init(
        location: SourceLocation, values: [RegistrationColumn: String],
        places: [RegistrationColumn: SourceLocation] = [:]
    ) {
        self.location = location
        self.values = values
        self.places = places
    }

    /// The trimmed cell, or "" when the column is absent or empty.
    public subscript(column: RegistrationColumn) -> String { values[column] ?? "" }

    /// The cell's place, or the row's when the column is absent.
    public func place(_ column: RegistrationColumn) -> SourceLocation { places[column] ?? location }

    /// The row's number as the organiser's editor shows it: the CSV line or the Excel row.
    public var rowNumber: Int { RegistrationReport.row(of: location) }

    /// 村社区 or 窗口前台: the members a team needs at least two of.
    var isFrontline: Bool {
        let category = StaffCategory(self[.category])
        return category == .village || category == .window
    }
}

/// 人员类别 as the notices spell it; a few common variants are read too.
enum StaffCategory: Sendable, Hashable {
    case village, window, other

    init?(_ text: String) {
        switch text {
        case "村社区", "村(社区)", "村（社区）", "村/社区", "社区", "村": self = .village
        case "窗口前台", "窗口", "前台", "窗口/前台": self = .window
        case "其他", "其它": self = .other
        default: return nil
        }
    }
}

/// 用工性质: established posts (编制内) or contract staff (非编).
enum Employment: Sendable, Hashable {
    case established, contract

    init?(_ text: String) {
        switch text {
        case "编制内", "在编", "编内": self = .established
        case "非编", "编外", "非编制", "合同制", "劳务派遣": self = .contract
        default: return nil
        }
    }
}
