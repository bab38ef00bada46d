import QuestionBank

/// Reads one roster row into a `Clerk`, noting each unreadable cell at its place.
///
/// Several certificates share a cell, separated by `;` (or `；`, `、`, a line break), levels
/// and dates in the same order: `五级;四级` with `2021-03-01;2023-06-01`.
struct ClerkRowReader {
    let today: CalendarDate
    /// Each month column's header as written, and the month it names.
    let monthHeaders: [(String, YearMonth)]
    private(set) var found: [(LedgerProblem, SourceLocation)] = []
    private var firstID: [String: SourceLocation] = [:]

    init(today: CalendarDate, monthHeaders: [(String, YearMonth)]) {
        (self.today, self.monthHeaders) = (today, monthHeaders)
    }

    mutating func read(_ row: Record<LedgerColumn>) -> Clerk {
        for column in ClerkRoster.requiredColumns where row[column].isEmpty {
            found.append((.missingValue(column), row.place(column)))
        }
        let birth = residentID(row)
        let hired = date(row, .hired)
        var education: EducationLevel?
        if !row[.education].isEmpty {
            education = EducationLevel(row[.education])
            if education == nil { found.append((.unknownEducation(row[.education]), row.place(.education))) }
        }
        let onProbation = YesNo.parse(row[.probation])
        if onProbation == nil { found.append((.unknownProbation(row[.probation]), row.place(.probation))) }
        var ratings: [YearMonth: MonthlyRating] = [:]
        for (header, month) in monthHeaders {
            let text = row.others[header] ?? ""
            guard !text.isEmpty else { continue }
            if let rating = MonthlyRating(text) {
                ratings[month] = rating
            } else {
                found.append((.unknownRating(month: month, text: text), row.otherPlaces[header] ?? row.location))
            }
        }
        return Clerk(
            row: row, birthDate: birth, hired: hired, education: education, certificates: certificates(row),
            onProbation: onProbation ?? false, ratings: ratings)
    }

    /// The birth date from a sound resident ID; its problems and a repeat are noted.
    private mutating func residentID(_ row: Record<LedgerColumn>) -> CalendarDate? {
        let text = row[.residentID]
        guard !text.isEmpty else { return nil }
        let place = row.place(.residentID)
        let (id, problems) = ResidentID.check(text, today: today)
        found += problems.map { (.residentID($0), place) }
        if let first = firstID[text.uppercased()] {
            found.append((.duplicateID(first: first), place))
        } else {
            firstID[text.uppercased()] = place
        }
        return id?.birthDate
    }

    private mutating func date(_ row: Record<LedgerColumn>, _ column: LedgerColumn) -> CalendarDate? {
        let text = row[column]
        guard !text.isEmpty else { return nil }
        guard let date = CalendarDate(written: text) else {
            found.append((.badDate(column, text), row.place(column)))
            return nil
        }
        guard date <= today else {
            found.append((.futureDate(column, date), row.place(column)))
            return nil
        }
        return date
    }

    private mutating func certificates(_ row: Record<LedgerColumn>) -> [Clerk.Certificate] {
        let levels = Self.pieces(row[.levels])
        let dates = Self.pieces(row[.certificateDates])
        guard levels.count == dates.count else {
            found.append((.certificateDatesMismatch(levels: levels.count, dates: dates.count), row.place(.levels)))
            return []
        }
        var certificates: [Clerk.Certificate] = []
        for (levelText, dateText) in zip(levels, dates) {
            guard case .level(let level) = SkillLevel(levelText) else {
                found.append((.unknownLevel(levelText), row.place(.levels)))
                continue
            }
            guard let date = CalendarDate(written: dateText) else {
                found.append((.badDate(.certificateDates, dateText), row.place(.certificateDates)))
                continue
            }
            guard date <= today else {
                found.append((.futureDate(.certificateDates, date), row.place(.certificateDates)))
                continue
            }
            certificates.append(Clerk.Certificate(level: level, date: date))
        }
        return certificates
    }

    /// `五级;四级` → [五级, 四级]; an empty cell or 无 → [].
    static func pieces(_ text: String) -> [String] {
        text.split(whereSeparator: { ";；、\n".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !["无", "暂无", "/", "-"].contains($0) }
    }
}
