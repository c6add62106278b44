import Foundation

var output = StandardStream.output
var errors = StandardStream.error
let arguments = Array(CommandLine.arguments.dropFirst())
let showsProgress = isatty(STDERR_FILENO) == 1
let interrupts = Interrupts()
exit(
  CLI.run(
    arguments, output: &output, errors: &errors, showsProgress: showsProgress,
    interrupts: interrupts
  ).rawValue)
