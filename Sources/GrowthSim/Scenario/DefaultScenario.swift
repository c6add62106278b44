/// The scenario `growthsim` runs when no file is given; `Scenarios/default.json` holds the
/// same bytes (a test keeps them equal; `Scripts/embed-default-scenario.py` copies it).
public enum DefaultScenario {
  /// The JSON text.
  public static let json = #"""
    {
      "version": 1,
      "name": "default",
      "description": "An apparel SME on Douyin with an agency, 90 days from 1 July through the 818 festival: a 4-hour evening self-broadcast, 2,000 yuan/day of Qianchuan over four plans, three customer-service agents, three SKUs restocked to 14 days of cover. Defaults from PARAMETERS.md; embedded in the binary as the scenario `growthsim` runs without a file.",
      "calendar": { "startDate": "2026-07-01", "days": 90 },
      "experiment": { "seed": 1, "replications": 8 },
      "platform": { "commissionRate": 0.05, "tickMinutes": 15 },
      "categories": [
        { "id": "apparel", "priceResponse": { "referencePrice": 168 }, "refundRate": 0.35, "cpm": 40 }
      ],
      "providers": [
        { "id": "agency", "monthlyFee": 30000, "gmvCommissionRate": 0.05, "adServiceFeeRate": 0.0 }
      ],
      "campaigns": [
        {
          "id": "818",
          "start": "2026-08-08",
          "peakStart": "2026-08-15",
          "end": "2026-08-18",
          "trafficMultiplier": 3,
          "competitionMultiplier": 1.3,
          "cpmMultiplier": 1.5,
          "conversionMultiplier": 1.1
        }
      ],
      "policies": [
        {
          "id": "steady",
          "live": { "startHour": 19, "hours": 4 },
          "ads": { "dailyBudget": 2000, "plans": 4 },
          "content": { "videosPerDay": 2, "quality": 0.5, "costPerVideo": 300 },
          "pricing": { "discount": 0.1 },
          "service": { "agents": 3, "agentCostPerDay": 300, "shiftHours": 8 },
          "assortment": { "stockCoverDays": 14 }
        }
      ],
      "merchants": [
        {
          "id": "demo-apparel",
          "category": "apparel",
          "provider": "agency",
          "policy": "steady",
          "followers": 20000,
          "hostSkill": 0.5,
          "fixedCostPerDay": 1500,
          "skus": [
            {
              "id": "hit-dress",
              "role": "hit",
              "price": 199,
              "unitCost": 70,
              "demandShare": 0.6,
              "stock": 1500,
              "reorderPoint": 900,
              "reorderQuantity": 1500,
              "leadTimeDays": 7
            },
            {
              "id": "traffic-tee",
              "role": "traffic",
              "price": 59,
              "unitCost": 30,
              "demandShare": 0.3,
              "stock": 800,
              "reorderPoint": 300,
              "reorderQuantity": 800,
              "leadTimeDays": 5
            },
            {
              "id": "profit-coat",
              "role": "profit",
              "price": 399,
              "unitCost": 130,
              "demandShare": 0.1,
              "stock": 300,
              "reorderPoint": 250,
              "reorderQuantity": 300,
              "leadTimeDays": 14
            }
          ]
        }
      ]
    }
    """#
}
