import ContestCore
import ContestProtocol
import OfficeDocuments

/// Every problem the bank loader can find, each with a stable code for tests and scripts.
///
/// Cases carry only what their message needs; the message text lives in `Problem+Messages.swift`
/// so the two languages are kept side by side.
public enum Problem: Sendable, Hashable {
    // The file as a whole.
    case unreadableFile(FileReadFailure)
    case badEncoding
    case emptyFile
    case noQuestions
    // JSON.
    case jsonSyntax(JSONSyntaxIssue)
    case bankNotObject
    case missingQuestions
    case questionNotObject
    case wrongType(field: String, expected: ExpectedValue)
    case unknownField(String)
    case duplicateKey(String)
    case unknownFormat(String)
    // CSV and TSV.
    case unterminatedQuote
    case textAfterQuote
    case missingColumn(BankField)
    case unknownColumn(String)
    case duplicateColumn(String)
    case extraCells(Int)
    // One question.
    case missingID
    case duplicateID(String, first: SourceLocation)
    case missingType
    case unknownType(String)
    case missingStem
    case duplicateStem(first: SourceLocation)
    case fillWithoutBlank
    case tooFewOptions(Int)
    case tooManyOptions(Int)
    case emptyOption(Character)
    case duplicateOption(Character, sameAs: Character)
    case optionsNotAllowed(QuestionType)
    case missingAnswer
    case missingReference
    case badChoiceAnswer(String)
    case answerNotInOptions(Character, optionCount: Int)
    case severalAnswersForSingle(String)
    case oneAnswerForMultiple
    case repeatedAnswerLetter(Character)
    case badTrueFalseAnswer(String)
    case emptyFillAnswer
    case fillAnswerHasSeparator(String)
    case badDifficulty(String)
    case missingDifficulty
    case badPoints(String)
    // Paper layout.
    case ignoredText(String)
    case typeInferred(QuestionType)
    case optionsAfterAnswer
    case optionOutOfOrder(Character, expected: Character)
    case keyWithoutQuestion(Int)
    case keyCountMismatch(range: String, expected: Int, found: Int)
    case answerConflict(kept: String, other: String)
    case fillBlankCount(blanks: Int, answers: Int)
    case tooManyFillCombinations(Int)
    case unexpectedItemNumber(Int, expected: Int)
    // Word and Excel files.
    case officeDocument(OfficeDocumentError)
    case sheetWithoutHeader(String)

    public var severity: Severity {
        switch self {
        case .noQuestions, .unknownField, .unknownFormat, .textAfterQuote, .unknownColumn, .duplicateStem,
            .fillWithoutBlank, .duplicateOption, .missingReference, .oneAnswerForMultiple, .repeatedAnswerLetter,
            .fillAnswerHasSeparator, .missingDifficulty, .ignoredText, .typeInferred, .optionsAfterAnswer,
            .keyWithoutQuestion, .answerConflict, .fillBlankCount, .tooManyFillCombinations, .unexpectedItemNumber,
            .sheetWithoutHeader:
            .warning
        case .unreadableFile, .badEncoding, .emptyFile, .jsonSyntax, .bankNotObject, .missingQuestions,
            .questionNotObject, .wrongType, .duplicateKey, .unterminatedQuote, .missingColumn, .duplicateColumn,
            .extraCells, .missingID, .duplicateID, .missingType, .unknownType, .missingStem, .tooFewOptions,
            .tooManyOptions, .emptyOption, .optionsNotAllowed, .missingAnswer, .badChoiceAnswer, .answerNotInOptions,
            .severalAnswersForSingle, .badTrueFalseAnswer, .emptyFillAnswer, .badDifficulty, .badPoints,
            .optionOutOfOrder, .keyCountMismatch, .officeDocument:
            .error
        }
    }

    /// A short, language-neutral name that tests and scripts can match on.
    public var code: String {
        switch self {
        case .unreadableFile: "unreadable-file"
        case .badEncoding: "bad-encoding"
        case .emptyFile: "empty-file"
        case .noQuestions: "no-questions"
        case .jsonSyntax: "json-syntax"
        case .bankNotObject: "bank-not-object"
        case .missingQuestions: "missing-questions"
        case .questionNotObject: "question-not-object"
        case .wrongType: "wrong-type"
        case .unknownField: "unknown-field"
        case .duplicateKey: "duplicate-key"
        case .unknownFormat: "unknown-format"
        case .unterminatedQuote: "unterminated-quote"
        case .textAfterQuote: "text-after-quote"
        case .missingColumn: "missing-column"
        case .unknownColumn: "unknown-column"
        case .duplicateColumn: "duplicate-column"
        case .extraCells: "extra-cells"
        case .missingID: "missing-id"
        case .duplicateID: "duplicate-id"
        case .missingType: "missing-type"
        case .unknownType: "unknown-type"
        case .missingStem: "missing-stem"
        case .duplicateStem: "duplicate-stem"
        case .fillWithoutBlank: "fill-without-blank"
        case .tooFewOptions: "too-few-options"
        case .tooManyOptions: "too-many-options"
        case .emptyOption: "empty-option"
        case .duplicateOption: "duplicate-option"
        case .optionsNotAllowed: "options-not-allowed"
        case .missingAnswer: "missing-answer"
        case .missingReference: "missing-reference"
        case .badChoiceAnswer: "bad-choice-answer"
        case .answerNotInOptions: "answer-not-in-options"
        case .severalAnswersForSingle: "several-answers-for-single"
        case .oneAnswerForMultiple: "one-answer-for-multiple"
        case .repeatedAnswerLetter: "repeated-answer-letter"
        case .badTrueFalseAnswer: "bad-truefalse-answer"
        case .emptyFillAnswer: "empty-fill-answer"
        case .fillAnswerHasSeparator: "fill-answer-separator"
        case .badDifficulty: "bad-difficulty"
        case .missingDifficulty: "missing-difficulty"
        case .badPoints: "bad-points"
        case .ignoredText: "ignored-text"
        case .typeInferred: "type-inferred"
        case .optionsAfterAnswer: "options-after-answer"
        case .optionOutOfOrder: "option-out-of-order"
        case .keyWithoutQuestion: "key-without-question"
        case .keyCountMismatch: "key-count-mismatch"
        case .answerConflict: "answer-conflict"
        case .fillBlankCount: "fill-blank-count"
        case .tooManyFillCombinations: "too-many-fill-combinations"
        case .unexpectedItemNumber: "unexpected-item-number"
        case .officeDocument(let error): error.code
        case .sheetWithoutHeader: "sheet-without-header"
        }
    }
}

/// Why a bank file could not be read, in words an organiser can act on.
public enum FileReadFailure: Sendable, Hashable {
    case notFound
    case isDirectory
    case unreadable
}
