import QuestionBank

/// The checks every entry list gets, row by row: ID number, sex and birth month against it, phone,
/// the listed categories, and duplicate IDs and phones across the list.
///
/// Pure: rows and today's date in, problems placed at their cells out.
struct RowChecker {
    let today: CalendarDate
    private var firstID: [String: SourceLocation] = [:]
    private var firstPhone: [String: SourceLocation] = [:]

    init(today: CalendarDate) {
        self.today = today
    }

    mutating func check(_ entrant: Entrant) -> [(RegistrationProblem, SourceLocation)] {
        var found: [(RegistrationProblem, SourceLocation)] = []
        for column in [RegistrationColumn.unit, .name, .residentID, .sex, .birth, .phone] where entrant[column].isEmpty
        {
            found.append((.missingValue(column), entrant.place(column)))
        }
        found += checkID(entrant)
        let phone = entrant[.phone]
        if !phone.isEmpty {
            if !PhoneNumber.isValid(phone) {
                found.append((.badPhone(phone), entrant.place(.phone)))
            } else if let first = firstPhone[PhoneNumber.digits(phone)] {
                found.append((.duplicatePhone(first: first), entrant.place(.phone)))
            } else {
                firstPhone[PhoneNumber.digits(phone)] = entrant.place(.phone)
            }
        }
        let category = entrant[.category]
        if !category.isEmpty && StaffCategory(category) == nil {
            found.append((.unknownCategory(category), entrant.place(.category)))
        }
        let employment = entrant[.employment]
        if !employment.isEmpty && Employment(employment) == nil {
            found.append((.unknownEmployment(employment), entrant.place(.employment)))
        }
        return found
    }

    private mutating func checkID(_ entrant: Entrant) -> [(RegistrationProblem, SourceLocation)] {
        let text = entrant[.residentID]
        guard !text.isEmpty else { return [] }
        let place = entrant.place(.residentID)
        let (id, problems) = ResidentID.check(text, today: today)
        var found = problems.map { ($0, place) }
        if let first = firstID[text.uppercased()] {
            found.append((.duplicateID(first: first), place))
        } else {
            firstID[text.uppercased()] = place
        }
        guard let id else { return found }
        let sex = entrant[.sex]
        let fromID = id.isMale ? "男" : "女"
        if !sex.isEmpty {
            switch sex.lowercased() {
            case "男", "male", "m":
                if !id.isMale { found.append((.sexMismatch(written: sex, fromID: fromID), entrant.place(.sex))) }
            case "女", "female", "f":
                if id.isMale { found.append((.sexMismatch(written: sex, fromID: fromID), entrant.place(.sex))) }
            default:
                found.append((.unknownSex(sex), entrant.place(.sex)))
            }
        }
        let birth = entrant[.birth]
        if !birth.isEmpty {
            if let month = BirthMonth(birth) {
                if month.year != id.birthDate.year || month.month != id.birthDate.month {
                    found.append((.birthMismatch(written: birth, fromID: id.birthDate), entrant.place(.birth)))
                }
            } else {
                found.append((.unreadableBirth(birth), entrant.place(.birth)))
            }
        }
        return found
    }
}
