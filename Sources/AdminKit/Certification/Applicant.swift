/// One row of a certification applicant list (申报人员名单).
public typealias Applicant = Record<CertificationColumn>

extension Record where Column == CertificationColumn {
    /// `王小明_110105199001010011`: the folder name and photo stem the 乌审旗 notice asks for.
    var folderName: String { "\(self[.name])_\(self[.residentID])" }
}
