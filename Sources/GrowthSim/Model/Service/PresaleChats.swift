/// Pre-sale chats (PARAMETERS §6.3, cs_chat_lift): a share of buyers ask before they buy, and
/// an answer within their patience is what the calibrated conversion already contains.
///
/// The seed cases were fitted on staffed shops, so the fitted conversion includes the lift of
/// answered pre-sale chats (Tan, Wang & Tan, ISR 2019: live chat raises purchase probability by
/// 16 %). A share s of orders come from askers; an asker answered too late buys 1 / (1 + L) as
/// often, so a day on which a share a of chats is answered within patience converts
/// m = 1 − s · (1 − a) · L / (1 + L) of the calibrated orders: 1 when every chat is answered in
/// time, never below 1 − s · L / (1 + L).
enum PresaleChats {
  /// The conversion multiplier m for a day whose chats were answered within patience at
  /// share `answeredInTime` (0...1).
  static func conversionMultiplier(
    share: Double, lift: Double, answeredInTime: Double
  ) -> Double {
    1 - share * (1 - answeredInTime) * lift / (1 + lift)
  }

  /// Pre-sale chats per calibrated order: s askers an order, of whom a share
  /// `presaleChatConversion` buys when answered in time; part of `ticketsPerOrder` (which
  /// counts every chat: cs_contact_share's "where is my order" share is of all tickets), so
  /// at most it.
  static func chatsPerCalibratedOrder(_ category: Category) -> Double {
    min(category.ticketsPerOrder, category.presaleChatShare / category.presaleChatConversion)
  }
}

extension MerchantWork {
  /// All chats per order served today: `ticketsPerOrder`, whose pre-sale part p comes from
  /// the askers behind the calibrated orders (orders / m), so the askers a late answer lost
  /// still load the queue: ticketsPerOrder − p + p / m; `ticketsPerOrder` when m = 1.
  func chatsPerOrder(_ category: Category, presaleConversion: Double) -> Double {
    let presale = PresaleChats.chatsPerCalibratedOrder(category)
    return category.ticketsPerOrder - presale + presale / presaleConversion
  }

  /// Sets tomorrow's pre-sale conversion from today's service.
  ///
  /// The share of chats answered within the asker's patience decides it. Pre-sale and post-sale chats share the hourly profile and
  /// the FIFO queue, so the share of all tickets is the pre-sale chats' share too. The queue
  /// runs at day end over the day's orders, so its answer reaches the next day's buyers.
  func updatePresaleConversion(
    _ category: Category, service: ServiceDayOutcome, _ state: inout MerchantState
  ) {
    state.presaleConversion = PresaleChats.conversionMultiplier(
      share: category.presaleChatShare, lift: category.presaleChatLift,
      answeredInTime: service.sharePatience)
  }
}
