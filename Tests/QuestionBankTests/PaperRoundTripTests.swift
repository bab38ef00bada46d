import ContestCore
import Testing

@testable import QuestionBank

@Test func demoBankSurvivesARoundTripThroughThePaperLayout() throws {
    let json = BankLoader.load(path: repositoryRoot + "/question-banks/demo.json")
    let text = PaperBankWriter.text(json.bank)
    let back = BankLoader.load(bytes: Array(text.utf8), file: "demo.paper.txt", format: .paper)
    #expect(pins(back) == [])
    #expect(back.bank.title == json.bank.title)
    let byID = Dictionary(uniqueKeysWithValues: back.bank.questions.map { ($0.id, $0) })
    for question in json.bank.questions {
        #expect(byID[question.id] == question)
    }
    #expect(back.bank.questions.count == json.bank.questions.count)
    #expect(PaperBankWriter.text(back.bank) == text)
}
