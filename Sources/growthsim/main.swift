import Foundation

var output = StandardStream.output
var errors = StandardStream.error
exit(CLI.run(Array(CommandLine.arguments.dropFirst()), output: &output, errors: &errors).rawValue)
