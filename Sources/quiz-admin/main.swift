import AdminKit
import Foundation

/// The organiser's tool for before and after the day; all logic is in AdminKit, today's date comes from here.
let now = Calendar(identifier: .gregorian).dateComponents(in: TimeZone.current, from: Date())
guard let today = CalendarDate(year: now.year ?? 2000, month: now.month ?? 1, day: now.day ?? 1) else { exit(2) }
let outcome = AdminCommand.run(Array(CommandLine.arguments.dropFirst()), today: today)
FileHandle.standardOutput.write(Data(outcome.output.utf8))
FileHandle.standardError.write(Data(outcome.errorOutput.utf8))
exit(outcome.exitCode)
