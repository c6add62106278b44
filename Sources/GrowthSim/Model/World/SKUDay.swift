/// One SKU's day: a row of `sku_daily.csv`.
///
/// Counts are whole numbers in a stochastic run and expectations in mean-field mode.
public struct SKUDay: Sendable, Equatable {
  /// The price buyers paid (list price less the day's discount), in yuan.
  public var pricePaid = 0.0
  /// Units sold.
  public var units = 0.0
  /// Orders lost to empty stock.
  ///
  /// Orders that moved to another SKU are taken off the empty SKUs in scenario order and
  /// count where they were finally lost, so the SKUs' lost orders add up to the day's.
  public var lostOrders = 0.0
  /// Units on hand at the end of the day, on order, and arrived today.
  public var stockOnHand = 0.0
  public var stockOnOrder = 0.0
  public var restockArrived = 0.0
  /// The holding cost of the SKU's closing stock, in yuan.
  public var holdingCost = 0.0
}
