extension CalibrationRequest {
  /// Reads the `jointObserved` options (`NAME:FILE`) into the members they name.
  ///
  /// Why `NAME:`: each scenario has its own merchants and calendar, so a file belongs to one
  /// of them; NAME is the scenario's `name`, as `--free NAME:/pointer` scopes a parameter. A
  /// file without a name is refused rather than guessed at.
  func attachJointObserved(to members: inout [CalibrationMember]) throws(Failure) {
    let names = members.map { member -> String in
      if case .string(let name)? = member.document.value(at: JSONPointer.root.appending("name")) {
        return name
      }
      return member.file
    }
    for option in jointObserved {
      let colon = option.firstIndex(of: ":")
      guard let colon, let member = names.firstIndex(of: String(option[..<colon])) else {
        throw .jointObservedName(option: option, names: names)
      }
      guard members[member].observed == nil else {
        throw .jointObservedTwice(name: names[member], option: option)
      }
      // A scenario that does not load is reported by the plan, with its file and pointer.
      guard
        let scenario = try? Scenario.decode(
          members[member].document, population: limits.population)
      else { continue }
      let path = String(option[option.index(after: colon)...])
      members[member].observed = try readObserved(path, for: scenario)
    }
  }
}
