import GrowthSim

extension CLI {
  /// Reads a joint calibration's `--observed NAME:DATA.csv` options into the members they
  /// name; the failure (usage 64, unreadable 66, bad file 65) of the first that is wrong.
  ///
  /// Why `NAME:`: each scenario has its own merchants and calendar, so a file belongs to one
  /// of them; NAME is the scenario's `name`, as `--free NAME:/pointer` scopes a parameter.
  /// A plain `--observed DATA.csv` is refused rather than guessed at.
  static func attachObserved(
    _ options: [String], to members: inout [CalibrationMember], _ limits: RunLimits
  ) -> LoadFailure? {
    let names = members.map { member -> String in
      if case .string(let name)? = member.document.value(at: JSONPointer.root.appending("name")) {
        return name
      }
      return member.file
    }
    for option in options {
      let colon = option.firstIndex(of: ":")
      let name = colon.map { String(option[..<$0]) } ?? ""
      guard let colon, let member = names.firstIndex(of: name) else {
        return LoadFailure(
          message: "error: '--observed' in a joint calibration names its scenario: '--observed "
            + "NAME:DATA.csv', NAME one of \(names.joined(separator: ", ")) (as in '--free "
            + "NAME:/pointer=…'), got \"\(option)\"\n", code: .usage)
      }
      let path = String(option[option.index(after: colon)...])
      guard members[member].observed == nil else {
        return LoadFailure(
          message: "error: '--observed' gives \(name) a second file (one a scenario), got "
            + "\"\(option)\"\n", code: .usage)
      }
      // A scenario that does not load is reported by the plan, with its file and pointer.
      guard
        let scenario = try? Scenario.decode(
          members[member].document, population: limits.population)
      else { continue }
      let data: [UInt8]
      do {
        data = try Files.read(path, limit: limits.fileMiB << 20)
      } catch {
        return LoadFailure(message: "error: cannot read \(error)\n", code: .noInput)
      }
      do throws(ObservedSeries.Failure) {
        members[member].observed = try ObservedSeries.parse(data, for: scenario)
      } catch {
        return LoadFailure(message: error.lines(file: path), code: .dataError)
      }
    }
    return nil
  }
}
