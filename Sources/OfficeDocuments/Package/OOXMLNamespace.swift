/// The namespace URIs the readers match elements in, Transitional and Strict alike.
///
/// Word, WPS and LibreOffice write the Transitional URIs under the conventional prefixes (`w:`,
/// `r:`, `mc:`), but a file may bind other prefixes, and Strict OOXML uses `purl.oclc.org` URIs;
/// the readers ask these questions instead of looking at prefixes.
enum OOXMLNamespace {
    static let wordprocessingML = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    static let strictWordprocessingML = "http://purl.oclc.org/ooxml/wordprocessingml/main"
    static let spreadsheetML = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let strictSpreadsheetML = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let strictOfficeRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    static let markupCompatibility = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let math = "http://schemas.openxmlformats.org/officeDocument/2006/math"
    static let strictMath = "http://purl.oclc.org/ooxml/officeDocument/math"
}

extension XMLName {
    /// In WordprocessingML (`w:`), Transitional or Strict.
    var isWordprocessingML: Bool {
        namespace == OOXMLNamespace.wordprocessingML || namespace == OOXMLNamespace.strictWordprocessingML
    }

    /// In SpreadsheetML, Transitional or Strict.
    var isSpreadsheetML: Bool {
        namespace == OOXMLNamespace.spreadsheetML || namespace == OOXMLNamespace.strictSpreadsheetML
    }

    /// In the office relationships namespace (`r:id`), Transitional or Strict.
    var isOfficeRelationships: Bool {
        namespace == OOXMLNamespace.officeRelationships || namespace == OOXMLNamespace.strictOfficeRelationships
    }

    var isMarkupCompatibility: Bool { namespace == OOXMLNamespace.markupCompatibility }

    var isMath: Bool { namespace == OOXMLNamespace.math || namespace == OOXMLNamespace.strictMath }
}
