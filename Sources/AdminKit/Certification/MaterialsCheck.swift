import QuestionBank

/// `--materials`: each applicant's folder holds the files the notice lists, and the top level one information sheet.
///
/// Pure: a listing and the applicants in, problems out. A folder belongs to the applicant whose ID
/// number its name contains (`王小明_110105199001010011`, `110105199001010011`, X in either case).
/// Files are recognised by words in their names (`CertificationRules.materials`); the photo by its
/// exact name `姓名_证件号.JPG`, else by a photo word, else as the one image no other word claims.
/// Signatures on the form and pledge cannot be checked by a program: only their presence is.
enum MaterialsCheck {
    struct Finding {
        var problem: CertificationProblem
        /// The applicant's row, nil for a problem with the folder as a whole.
        var location: SourceLocation?
    }

    static let imageEndings: Set<String> = ["jpg", "jpeg", "png", "bmp", "gif", "webp", "heic", "tif", "tiff"]
    static let sheetEndings: Set<String> = ["xlsx", "xls", "csv"]

    /// The findings in the applicants' order, then the folder's own; and each applicant's folder by row.
    static func run(_ listing: MaterialsListing, applicants: [Applicant], rules: CertificationRules) -> (
        findings: [Finding], folderOfRow: [Int: String]
    ) {
        var findings: [Finding] = []
        var folderOfRow: [Int: String] = [:]
        var claimed = Set<String>()
        for applicant in applicants {
            let id = applicant[.residentID].uppercased()
            let mine = id.isEmpty ? [] : listing.folders.filter { $0.name.uppercased().contains(id) }
            claimed.formUnion(mine.map(\.name))
            guard let folder = mine.first else {
                findings.append(
                    Finding(
                        problem: .noFolder(expected: ResidentID.maskedInText(applicant.folderName)),
                        location: applicant.location
                    ))
                continue
            }
            folderOfRow[applicant.rowNumber] = mine.map { ResidentID.maskedInText($0.name) }.joined(separator: "、")
            if mine.count > 1 {
                findings.append(
                    Finding(
                        problem: .severalFolders(mine.map { ResidentID.maskedInText($0.name) }),
                        location: applicant.location))
            }
            findings += check(folder, of: applicant, rules: rules).map {
                Finding(problem: $0, location: applicant.location)
            }
        }
        for folder in listing.folders where !claimed.contains(folder.name) {
            findings.append(Finding(problem: .strayFolder(ResidentID.maskedInText(folder.name)), location: nil))
        }
        if !rules.groupSheetKeywords.isEmpty {
            let sheets = listing.files.filter {
                sheetEndings.contains(PhotoCheck.ending(of: $0.name).lowercased())
                    && named($0.name, rules.groupSheetKeywords)
            }
            if sheets.isEmpty {
                findings.append(Finding(problem: .noGroupSheet, location: nil))
            } else if sheets.count > 1 {
                findings.append(Finding(problem: .severalGroupSheets(sheets.map(\.name)), location: nil))
            }
        }
        return (findings, folderOfRow)
    }

    /// One applicant's folder: every listed material present, and the photo found and sound.
    static func check(_ folder: MaterialsListing.Folder, of applicant: Applicant, rules: CertificationRules)
        -> [CertificationProblem]
    {
        let name = applicant[.name]
        let id = applicant[.residentID]
        func masked(_ problem: PhotoProblem) -> PhotoProblem {
            guard case .wrongName(let found, let expected) = problem else { return problem }
            return .wrongName(found: ResidentID.maskedInText(found), expected: ResidentID.maskedInText(expected))
        }
        let shown = ResidentID.maskedInText(folder.name)
        let exact = folder.files.filter { PhotoCheck.checkName($0.name, rule: .nameAndID, name: name, id: id) == nil }
        var rest = folder.files.filter { !exact.contains($0) }
        var problems: [CertificationProblem] = []
        for material in rules.materials {
            let found = rest.filter { named($0.name, material.keywords) }
            if found.isEmpty {
                problems.append(.missingMaterial(folder: shown, material: material.name))
            }
            rest.removeAll { found.contains($0) }
        }
        let byWord = rest.filter { named($0.name, rules.photoKeywords) }
        let images = rest.filter {
            imageEndings.contains(PhotoCheck.ending(of: $0.name).lowercased())
                || $0.head.starts(with: [0xFF, 0xD8, 0xFF])
        }
        let photos = !exact.isEmpty ? exact : !byWord.isEmpty ? byWord : images
        let expected = ResidentID.maskedInText(PhotoCheck.expectedName(rule: .nameAndID, name: name, id: id))
        if photos.isEmpty { problems.append(.missingPhoto(folder: shown, expected: expected)) }
        let limits = PhotoCheck.Limits(
            minimumBytes: rules.photoMinimumKB * 1024, maximumBytes: rules.photoMaximumKB * 1024)
        for photo in photos {
            var found = PhotoCheck.inspect(bytes: photo.head, name: photo.name, limits: limits, size: photo.size)
            if exact.isEmpty, let wrong = PhotoCheck.checkName(photo.name, rule: .nameAndID, name: name, id: id) {
                found.insert(wrong, at: 0)
            }
            problems += found.map { .photo(file: ResidentID.maskedInText(photo.name), masked($0)) }
        }
        return problems
    }

    /// Whether a file name contains one of the words, compared without case.
    static func named(_ fileName: String, _ words: [String]) -> Bool {
        let name = fileName.lowercased()
        return words.contains { !$0.isEmpty && name.contains($0.lowercased()) }
    }
}
