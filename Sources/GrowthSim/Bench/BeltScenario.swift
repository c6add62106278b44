/// The industrial belt `growthsim bench` runs from any directory; `Scenarios/belt.json` holds
/// the same bytes (a test keeps them equal; `Scripts/embed-default-scenario.py` copies it).
public enum BeltScenario {
  /// The JSON text.
  public static let json = #"""
    {
      "version": 1,
      "name": "belt",
      "description": "An industrial belt of 1,300 children's-wear merchants in one category for a year: 300 served by an agency of 50 people (capacity 150 merchants, so its help is diluted by half), 1,000 on their own, all drawn from distributions of followers, host skill and price. providers.csv gives the agency's share of the belt's GMV day by day (the seeds: 7 % → 20 % over 2021). Sizes are guesses; it is also the workload of the performance benchmark.",
      "calendar": { "startDate": "2026-01-01", "days": 365 },
      "experiment": { "seed": 1, "replications": 1 },
      "categories": [
        {
          "id": "kidswear",
          "priceResponse": { "referencePrice": 63 },
          "liveImpressionsPerDay": 3000000000,
          "backgroundRooms": 20000,
          "refundRate": 0.25,
          "addressablePopulation": 500000
        }
      ],
      "providers": [
        { "id": "agency", "staff": 50, "merchantsPerStaff": 3, "monthlyFee": 20000, "gmvCommissionRate": 0.05 }
      ],
      "campaigns": [
        { "id": "618", "start": "2026-06-01", "peakStart": "2026-06-16", "end": "2026-06-18" },
        { "id": "818", "start": "2026-08-08", "peakStart": "2026-08-15", "end": "2026-08-18" },
        { "id": "double11", "start": "2026-10-20", "peakStart": "2026-11-09", "end": "2026-11-11" }
      ],
      "policies": [
        { "id": "served", "live": { "hours": 4 }, "ads": { "mode": "roiTarget", "roiFloor": 2.5, "dailyBudget": 3000 },
          "content": { "videosPerDay": 1 }, "service": { "staffToStandard": true, "agents": 5 },
          "assortment": { "stockCoverDays": 14 } },
        { "id": "alone", "live": { "hours": 3 }, "ads": { "dailyBudget": 300 }, "service": { "agents": 1 },
          "assortment": { "stockCoverDays": 7 } }
      ],
      "cohorts": [
        {
          "id": "served", "count": 300, "seed": 11,
          "template": {
            "category": "kidswear", "provider": "agency", "policy": "served", "fixedCostPerDay": 300,
            "skus": [
              { "id": "hit", "price": 89, "unitCost": 35, "demandShare": 0.6, "stock": 300, "role": "hit", "leadTimeDays": 5 },
              { "id": "tee", "price": 39, "unitCost": 15, "demandShare": 0.4, "stock": 300, "role": "traffic", "leadTimeDays": 5 }
            ]
          },
          "vary": [
            { "pointer": "/followers", "distribution": "lognormal", "median": 3000, "sigma": 1.2, "integer": true },
            { "pointer": "/hostSkill", "distribution": "uniform", "low": 0.2, "high": 0.8 },
            { "pointer": "/cooperation", "distribution": "uniform", "low": 0.3, "high": 1 }
          ]
        },
        {
          "id": "alone", "count": 1000, "seed": 12,
          "template": {
            "category": "kidswear", "policy": "alone", "fixedCostPerDay": 200,
            "skus": [
              { "id": "hit", "price": 79, "unitCost": 35, "demandShare": 0.6, "stock": 200, "leadTimeDays": 7 },
              { "id": "tee", "price": 35, "unitCost": 15, "demandShare": 0.4, "stock": 200, "leadTimeDays": 7 }
            ]
          },
          "vary": [
            { "pointer": "/followers", "distribution": "lognormal", "median": 2000, "sigma": 1.2, "integer": true },
            { "pointer": "/hostSkill", "distribution": "uniform", "low": 0.1, "high": 0.7 }
          ]
        }
      ]
    }
    """#
}
