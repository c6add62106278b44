import Foundation

var output = StandardStream.output
var errors = StandardStream.error
let arguments = Array(CommandLine.arguments.dropFirst())
let showsProgress = isatty(STDERR_FILENO) == 1
exit(CLI.run(arguments, output: &output, errors: &errors, showsProgress: showsProgress).rawValue)
