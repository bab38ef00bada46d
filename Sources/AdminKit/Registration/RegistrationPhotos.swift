import QuestionBank

/// `registration check --photos DIR`: each entrant's photo found by its name, then checked by content and size.
///
/// A photo is named by the entrant's ID number (`320821199005010111.JPG`, 泗阳) or by name and ID
/// (`王小明_320821199005010111.JPG`, 乌审旗); both are accepted, the ending `.jpg`/`.jpeg` in any case.
/// A file that carries the ID but is otherwise misnamed is still checked, and its name reported.
/// Pure: the folder's listing is read by the caller.
struct RegistrationPhotos {
    let limits: PhotoCheck.Limits

    init(rules: RegistrationRules) {
        limits = PhotoCheck.Limits(minimumBytes: rules.photoMinimumKB * 1024, maximumBytes: rules.photoMaximumKB * 1024)
    }

    /// The entrants' photo problems, each at the entrant's ID cell, and the files no entrant claims.
    func check(_ entrants: [Entrant], in listing: MaterialsListing) -> (
        problems: [(RegistrationProblem, SourceLocation)], unclaimed: [String]
    ) {
        var claimed: Set<String> = []
        var problems: [(RegistrationProblem, SourceLocation)] = []
        for entrant in entrants {
            let id = entrant[.residentID]
            guard id.count == 18 else { continue }
            let place = entrant.place(.residentID)
            let name = entrant[.name]
            let carrying = listing.files.filter { $0.name.uppercased().contains(id.uppercased()) }
            guard !carrying.isEmpty else {
                problems.append(
                    (.missingPhoto(expected: PhotoCheck.expectedName(rule: .idNumber, name: name, id: id)), place))
                continue
            }
            for file in carrying {
                claimed.insert(file.name)
                let named = [PhotoCheck.NameRule.idNumber, .nameAndID].map {
                    PhotoCheck.checkName(file.name, rule: $0, name: name, id: id)
                }
                if let wrong = named.first(where: { $0 != nil }) ?? nil, named.allSatisfy({ $0 != nil }) {
                    problems.append((.photo(file: file.name, wrong), place))
                }
                problems += PhotoCheck.inspect(bytes: file.head, name: file.name, limits: limits, size: file.size).map {
                    (.photo(file: file.name, $0), place)
                }
            }
        }
        return (problems, listing.files.map(\.name).filter { !claimed.contains($0) })
    }
}
