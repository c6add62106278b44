import GrowthSim
import Testing

/// A number value from a literal the test vouches for; a bad literal shows up as a mismatch.
private func number(_ literal: String) -> JSONValue {
  JSONNumber(literal: literal).map(JSONValue.number) ?? .string("bad test literal \(literal)")
}

private func object(_ members: [(key: String, value: JSONValue)]) -> JSONValue {
  .object(JSONObject(members: members))
}

/// The description of the error `parse` throws, or a note that it did not throw.
private func errorDescription(_ bytes: [UInt8]) -> String {
  do {
    let value = try JSONParser.parse(bytes)
    return "parsed without error: \(value.excerpt)"
  } catch {
    return error.description
  }
}

private func errorDescription(_ text: String) -> String {
  errorDescription(Array(text.utf8))
}

private let validDocuments: [(String, JSONValue)] = [
  ("null", .null),
  ("true", .bool(true)),
  (" false ", .bool(false)),
  ("0", number("0")),
  ("-12.5e-3", number("-12.5e-3")),
  ("\"\"", .string("")),
  ("\"plain\"", .string("plain")),
  (#""\"\\\/\b\f\n\r\t""#, .string("\"\\/\u{08}\u{0C}\n\r\t")),
  (#""caf\u00e9 \u00E9""#, .string("café é")),
  (#""\uD83D\uDE00 \u0000""#, .string("😀 \u{0}")),
  ("\"ключ 😀 é\"", .string("ключ 😀 é")),
  ("[]", .array([])),
  ("[ ]", .array([])),
  ("[1, \"two\", [null], {}]", .array([number("1"), .string("two"), .array([.null]), object([])])),
  ("{}", object([])),
  ("\t{ }\r\n", object([])),
  (
    "{\"b\": 1, \"a\": [true, false], \"c\": {\"d\": null}}",
    object([
      ("b", number("1")), ("a", .array([.bool(true), .bool(false)])),
      ("c", object([("d", .null)])),
    ])
  ),
  ("{\"\": \"\", \"e\\u0301\": 2}", object([("", .string("")), ("e\u{301}", number("2"))])),
  ("\r\n[\n  1,\r  2\n]\n", .array([number("1"), number("2")])),
]

/// Literal, nearest Double (written exactly: 2^63 as 0x1p63) and exact Int reading.
private let numbers: [(String, Double, Int?)] = [
  ("0", 0, 0),
  ("-0", 0, 0),
  ("3", 3, 3),
  ("3.0", 3, 3),
  ("1e2", 100, 100),
  ("1E+2", 100, 100),
  ("1.5", 1.5, nil),
  ("2.50", 2.5, nil),
  ("1.5e1", 15, 15),
  ("100e-2", 1, 1),
  ("1e-2", 0.01, nil),
  ("0.000", 0, 0),
  ("0e999999999999999999999", 0, 0),
  ("-42", -42, -42),
  ("9223372036854775807", 0x1p63, Int.max),
  ("-9223372036854775808", -0x1p63, Int.min),
  ("9223372036854775808", 0x1p63, nil),
  ("-9223372036854775809", -0x1p63, nil),
  ("92233720368547758070e-1", 0x1p63, Int.max),
  ("1234567890123456789000e-3", 1_234_567_890_123_456_768, 1_234_567_890_123_456_789),
  ("12345678901234567890", 12_345_678_901_234_567_168, nil),
  ("1e400", .infinity, nil),
  ("-1e400", -.infinity, nil),
  ("1e-400", 0, nil),
  ("1e99999999999999999999", .infinity, nil),
]

private let malformedDocuments: [(String, String)] = [
  ("", "1:1: unexpected end of input"),
  ("   \n  ", "2:3: unexpected end of input"),
  ("[1,\n", "2:1: unexpected end of input"),
  ("{\"a\": 1", "1:8: unexpected end of input"),
  ("{\"a\": }", "1:7: unexpected character '}'"),
  ("[1,,2]", "1:4: unexpected character ','"),
  ("[\u{7}]", "1:2: unexpected character U+0007"),
  ("[\u{201C}a\u{201D}]", "1:2: unexpected character '\u{201C}' (U+201C)"),
  ("[\"😀\", }", "1:7: unexpected character '}'"),
  ("{\"a\": 1,}", "1:8: trailing comma before '}'"),
  ("[1, 2,\n]", "1:6: trailing comma before ']'"),
  ("[1,\r\n2,\r\n]", "2:2: trailing comma before ']'"),
  ("{\"a\" 1}", "1:6: expected ':' after an object key"),
  ("{\"a\": 1 \"b\": 2}", "1:9: expected ',' or '}' after an object member"),
  ("[1 2]", "1:4: expected ',' or ']' after an array element"),
  ("[\t1\t2]", "1:5: expected ',' or ']' after an array element"),
  ("{,}", "1:2: expected a double-quoted key or '}'"),
  ("{\"a\": 1,,}", "1:9: expected a double-quoted key after ','"),
  ("{days: 1}", "1:2: object keys must be double-quoted strings"),
  ("{'days': 1}", "1:2: single quotes are not allowed (use double quotes)"),
  ("['a']", "1:2: single quotes are not allowed (use double quotes)"),
  ("\"abc", "1:1: unterminated string"),
  ("[\"a\", \"b\\\"]", "1:7: unterminated string"),
  ("\"abc\\", "1:1: unterminated string"),
  ("{\"days\": 1,\n \"days\": 2}", "2:2: duplicate key 'days'"),
  ("\"a\\qb\"", "1:3: invalid escape '\\q'"),
  ("\"a\\\u{1}\"", "1:3: invalid escape '\\' before U+0001"),
  ("\"\\uD800\"", "1:2: unpaired UTF-16 surrogate escape (\\uD800–\\uDFFF need a high-low pair)"),
  ("\"\\uDC00\"", "1:2: unpaired UTF-16 surrogate escape (\\uD800–\\uDFFF need a high-low pair)"),
  (
    "\"x\\uD800\\u0041\"",
    "1:3: unpaired UTF-16 surrogate escape (\\uD800–\\uDFFF need a high-low pair)"
  ),
  ("\"\\u12G4\"", "1:2: invalid unicode escape (expected \\u and four hex digits)"),
  ("\"\\u12\"", "1:2: invalid unicode escape (expected \\u and four hex digits)"),
  ("{} []", "1:4: trailing content after the document"),
  ("{\"a\": 1}}", "1:9: trailing content after the document"),
  ("[1]\r x", "2:2: trailing content after the document"),
  (String(repeating: "[", count: 129), "1:129: nesting deeper than 128 levels"),
  ("\"a\nb\"", "1:3: control character U+000A in a string"),
  ("[\"tab\there\"]", "1:6: control character U+0009 in a string"),
  ("{\"x\": NaN}", "1:7: NaN is not valid JSON (use a number or leave the key out)"),
  ("[Infinity]", "1:2: Infinity is not valid JSON (use a number or leave the key out)"),
  ("[-Infinity]", "1:2: Infinity is not valid JSON (use a number or leave the key out)"),
  ("[01]", "1:2: leading zeros are not allowed"),
  ("[-007]", "1:3: leading zeros are not allowed"),
  ("// note\n{}", "1:1: comments are not allowed"),
  ("{\"a\": 1 /* note */}", "1:9: comments are not allowed"),
  ("[1]\n# note", "2:1: trailing content after the document"),
  ("[+1]", "1:2: a number cannot start with '+'"),
  ("[.5]", "1:2: a number cannot start with '.'"),
  ("[1.]", "1:4: expected a digit after '.'"),
  ("[1.e5]", "1:4: expected a digit after '.'"),
  ("[1e]", "1:4: expected a digit in the exponent"),
  ("[1e+]", "1:5: expected a digit in the exponent"),
  ("-", "1:2: expected a digit after '-'"),
  ("[- 1]", "1:3: expected a digit after '-'"),
  ("[0x1F]", "1:2: hexadecimal numbers are not allowed"),
  ("[tru]", "1:2: invalid literal 'tru'"),
  ("[True]", "1:2: invalid literal 'True'"),
  ("[nullx]", "1:2: invalid literal 'nullx'"),
  // Columns count characters, not bytes: "ï", "к", "л", "ю" and "ч" are two bytes each.
  ("{\"naïve\": 1,\n  \"ключ\": x}", "2:11: invalid literal 'x'"),
  ("\"é\" 😀", "1:5: trailing content after the document"),
]

private let bom = "the file starts with a byte-order mark (U+FEFF); save it as UTF-8 without BOM"

private let malformedBytes: [([UInt8], String)] = [
  ([0x22, 0x61, 0xFF, 0x22], "1:3: invalid UTF-8 byte 0xFF (save the file as UTF-8)"),
  ([0x22, 0xC3, 0x28, 0x22], "1:2: invalid UTF-8 byte 0xC3 (save the file as UTF-8)"),
  ([0x22, 0xC0, 0xAF, 0x22], "1:2: invalid UTF-8 byte 0xC0 (save the file as UTF-8)"),
  ([0x22, 0xE0, 0x80, 0xAF, 0x22], "1:2: invalid UTF-8 byte 0xE0 (save the file as UTF-8)"),
  ([0x22, 0xED, 0xA0, 0x80, 0x22], "1:2: invalid UTF-8 byte 0xED (save the file as UTF-8)"),
  ([0x22, 0xF4, 0x90, 0x80, 0x80, 0x22], "1:2: invalid UTF-8 byte 0xF4 (save the file as UTF-8)"),
  ([0x22, 0xE2, 0x82], "1:2: invalid UTF-8 byte 0xE2 (save the file as UTF-8)"),
  ([0x22, 0xC3, 0xA9, 0x80, 0x22], "1:3: invalid UTF-8 byte 0x80 (save the file as UTF-8)"),
  ([0x5B, 0xFF, 0x5D], "1:2: invalid UTF-8 byte 0xFF (save the file as UTF-8)"),
  ([0x5B, 0x31, 0x5D, 0x0A, 0xC3], "2:1: invalid UTF-8 byte 0xC3 (save the file as UTF-8)"),
  ([0xEF, 0xBB, 0xBF], "1:1: \(bom)"),
  ([0xEF, 0xBB, 0xBF, 0x5B, 0x78, 0x5D], "1:1: \(bom)"),
  ([0xEF, 0xBB], "1:1: invalid UTF-8 byte 0xEF (save the file as UTF-8)"),
  ([0xFF, 0xFE, 0x5B, 0x00], "1:1: the file is UTF-16; save it as UTF-8"),
]

private let excerpts: [(JSONValue, String)] = [
  (.null, "null"),
  (.bool(true), "true"),
  (.bool(false), "false"),
  (number("1e400"), "1e400"),
  (number("-0.50"), "-0.50"),
  (.string(""), "\"\""),
  (.string("days"), "\"days\""),
  (.string("say \"hi\"\\\n\t\u{1}"), #""say \"hi\"\\\n\t\u0001""#),
  (.string(String(repeating: "a", count: 40)), "\"" + String(repeating: "a", count: 40) + "\""),
  (
    .string(String(repeating: "b", count: 41)),
    "\"" + String(repeating: "b", count: 40) + "…\" (41 characters)"
  ),
  (
    .string(String(repeating: "😀", count: 45)),
    "\"" + String(repeating: "😀", count: 40) + "…\" (45 characters)"
  ),
  (.array([]), "[]"),
  (.array([.null]), "[…]"),
  (object([]), "{}"),
  (object([("a", .null)]), "{…}"),
]

private let kinds: [(JSONValue, String)] = [
  (.null, "null"),
  (.bool(false), "a boolean"),
  (number("1"), "a number"),
  (.string("x"), "a string"),
  (.array([]), "an array"),
  (object([]), "an object"),
]

@Suite struct JSONParserTests {
  @Test(arguments: validDocuments)
  func validDocumentsParseToTheExpectedValue(text: String, expected: JSONValue) throws {
    #expect(try JSONParser.parse(text) == expected)
    #expect(try JSONParser.parse(Array(text.utf8)) == expected)
  }

  @Test(arguments: numbers)
  func numbersKeepTheirLiteralAndExactReadings(
    literal: String, value: Double, exactInteger: Int?
  ) throws {
    let parsed = try JSONParser.parse(literal)
    guard case .number(let number) = parsed else {
      Issue.record("expected a number, got \(parsed.kindDescription)")
      return
    }
    #expect(number.literal == literal)
    #expect(number.value == value)
    #expect(number.exactInteger == exactInteger)
    #expect(JSONNumber(literal: literal) == number)
  }

  @Test func negativeZeroKeepsItsSignInTheValueButNotTheInteger() throws {
    let number = try #require(JSONNumber(literal: "-0"))
    #expect(number.value.sign == .minus)
    #expect(number.exactInteger == 0)
    #expect(number.literal == "-0")
  }

  @Test(arguments: ["", " 1", "1 ", "+1", "01", "1.", ".5", "-", "1e", "0x10", "NaN", "1_000"])
  func numberLiteralsOutsideTheGrammarAreRejected(literal: String) {
    #expect(JSONNumber(literal: literal) == nil)
  }

  @Test(arguments: malformedDocuments)
  func malformedDocumentsReportLineColumnAndMessage(text: String, expected: String) {
    #expect(errorDescription(text) == expected)
  }

  @Test(arguments: malformedBytes)
  func malformedBytesReportLineColumnAndMessage(bytes: [UInt8], expected: String) {
    #expect(errorDescription(bytes) == expected)
  }

  @Test func errorsExposeTheirPartsAndDescription() {
    #expect(throws: JSONSyntaxError(line: 2, column: 3, message: "duplicate key 'a'")) {
      try JSONParser.parse("{\"a\": 1,\n  \"a\": 2}")
    }
    let error = JSONSyntaxError(line: 4, column: 7, message: "unterminated string")
    #expect(error.description == "4:7: unterminated string")
  }

  /// RFC 8259 §8.1: a BOM must not be added; Python's `json` rejects one too, so a file that
  /// loads here also loads there.
  @Test func aLeadingByteOrderMarkIsRejected() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"a\": [1]}".utf8)
    #expect(throws: JSONSyntaxError(line: 1, column: 1, message: bom)) {
      try JSONParser.parse(bytes)
    }
    #expect(errorDescription("\u{FEFF}true") == "1:1: \(bom)")
  }

  @Test func aByteOrderMarkAfterTheStartIsAnError() {
    #expect(errorDescription(" \u{FEFF}1") == "1:2: unexpected character '\u{FEFF}' (U+FEFF)")
  }

  @Test func nestingOf128LevelsIsAllowed() throws {
    let arrays = String(repeating: "[", count: 128) + String(repeating: "]", count: 128)
    #expect(throws: Never.self) { try JSONParser.parse(arrays) }
    let mixed = String(repeating: "{\"a\":[", count: 64) + String(repeating: "]}", count: 64)
    #expect(throws: Never.self) { try JSONParser.parse(mixed) }
  }

  @Test func nestingOf129LevelsFailsAtTheOffendingBracket() {
    let mixed = String(repeating: "{\"a\":[", count: 64) + "{}" + String(repeating: "]}", count: 64)
    #expect(errorDescription(mixed) == "1:385: nesting deeper than 128 levels")
  }

  @Test func hugeNestingFailsCleanlyWithoutExhaustingTheStack() {
    let arrays = String(repeating: "[", count: 100_000)
    #expect(errorDescription(arrays) == "1:129: nesting deeper than 128 levels")
    let objects = String(repeating: "{\"k\":", count: 100_000)
    #expect(errorDescription(objects) == "1:641: nesting deeper than 128 levels")
  }

  @Test func duplicateKeysAreFoundInLargeObjects() {
    let members = (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ",\n")
    let text = "{\n" + members + ",\n\"k25\": 0}"
    #expect(errorDescription(text) == "42:1: duplicate key 'k25'")
  }

  @Test func duplicateKeyMessagesEscapeTheKey() {
    #expect(errorDescription("{\"a\\n\": 1, \"a\\n\": 2}") == "1:12: duplicate key 'a\\n'")
  }

  @Test func canonicallyEquivalentKeysCountAsDuplicates() {
    // Swift compares strings by canonical equivalence: "\u00e9" and "e\u0301" are one key.
    let text = "{\"\\u00e9\": 1, \"e\\u0301\": 2}"
    #expect(errorDescription(text) == "1:15: duplicate key 'e\u{301}'")
  }

  @Test func objectsKeepDocumentOrderAndLookUpByKey() throws {
    let parsed = try JSONParser.parse("{\"z\": 1, \"a\": \"x\", \"m\": null}")
    guard case .object(let members) = parsed else {
      Issue.record("expected an object, got \(parsed.kindDescription)")
      return
    }
    #expect(members.keys == ["z", "a", "m"])
    #expect(members["a"] == .string("x"))
    #expect(members["m"] == .null)
    #expect(members["missing"] == nil)
  }

  @Test func objectEqualityDependsOnMemberOrder() {
    let forward = JSONObject(members: [("a", .null), ("b", .bool(true))])
    let backward = JSONObject(members: [("b", .bool(true)), ("a", .null)])
    #expect(forward == JSONObject(members: [("a", .null), ("b", .bool(true))]))
    #expect(forward != backward)
    #expect(forward != JSONObject(members: [("a", .null)]))
  }

  @Test(arguments: excerpts)
  func excerptsAreShortAndEscaped(value: JSONValue, expected: String) {
    #expect(value.excerpt == expected)
  }

  @Test(arguments: kinds)
  func kindDescriptionsCarryTheirArticle(value: JSONValue, expected: String) {
    #expect(value.kindDescription == expected)
  }

  @Test func aMegabyteDocumentParsesCompletely() throws {
    let row = "{\"day\": 12, \"rate\": 0.0375, \"name\": \"caf\\u00e9 ключ\", \"ok\": [true, null]}"
    let rows = Array(repeating: row, count: 14_000)
    let text = "[" + rows.joined(separator: ",\n") + "]"
    #expect(text.utf8.count > 1_000_000)
    let parsed = try JSONParser.parse(text)
    guard case .array(let elements) = parsed else {
      Issue.record("expected an array, got \(parsed.kindDescription)")
      return
    }
    #expect(elements.count == 14_000)
    #expect(elements.last == (try JSONParser.parse(row)))
  }
}
