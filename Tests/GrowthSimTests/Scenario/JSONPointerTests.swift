import Testing

@testable import GrowthSim

@Suite struct JSONPointerTests {
  @Test(arguments: ["", "/merchants/0/skus/12/price", "/a~1b/c~0d", "/", "/0x/01"])
  func textRoundTrips(text: String) throws {
    #expect(try #require(JSONPointer(text)).description == text)
  }

  @Test func escapesAndIndicesParse() throws {
    let pointer = try #require(JSONPointer("/a~1b/3/~0"))
    #expect(pointer.tokens == [.key("a/b"), .index(3), .key("~")])
    #expect(JSONPointer("no-slash") == nil)
    #expect(JSONPointer("/bad~2escape") == nil)
  }

  @Test func pointersSortInDocumentOrder() throws {
    let texts = ["/merchants/10/id", "/calendar/days", "/merchants/2/id", "/merchants/2", ""]
    let sorted = try texts.map { try #require(JSONPointer($0)) }.sorted().map(\.description)
    #expect(
      sorted == ["", "/calendar/days", "/merchants/2", "/merchants/2/id", "/merchants/10/id"])
  }

  @Test func messagesShowHostileKeysEscapedAndCut() {
    let bell = JSONPointer.root.appending("a\u{1B}[31m\u{07}b")
    #expect(bell.description == "/a\\u001B[31m\\u0007b")
    let long = JSONPointer.root.appending(String(repeating: "k", count: 1000)).appending(0)
    #expect(long.description == "/" + String(repeating: "k", count: 200) + "…(1000 characters)/0")
    #expect(JSONPointer.root.appending("plain~/key").description == "/plain~0~1key")
  }
}
