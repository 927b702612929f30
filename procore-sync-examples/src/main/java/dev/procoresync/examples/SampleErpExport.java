package dev.procoresync.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic sample "ERP export": the same seed gives the same vendors and cost codes on every
 * machine, with a sprinkling of the mistakes real exports carry (blank names, names too long,
 * repeated vendor numbers, cost codes whose division is missing).
 *
 * <pre>{@code
 * SampleErpExport erp = SampleErpExport.generate(42, 2_000);
 * erp.vendors().size(); // 2,000
 * }</pre>
 *
 * @param vendors the vendor records, in export order
 * @param costCodes the cost-code list, divisions first
 */
public record SampleErpExport(List<ErpVendor> vendors, List<ErpCostCode> costCodes) {
  private static final String[] TRADES = {
    "Concrete",
    "Steel",
    "Electric",
    "Plumbing",
    "Drywall",
    "Roofing",
    "Glazing",
    "Paving",
    "Excavation",
    "Masonry",
    "HVAC",
    "Painting",
    "Flooring",
    "Landscaping",
    "Fire Protection"
  };
  private static final String[] PLACES = {
    "Austin", "Dallas", "Houston", "Denver", "Phoenix", "Tulsa", "Omaha", "Boise", "Reno", "Tampa"
  };
  private static final String[] STATES = {
    "TX", "TX", "TX", "CO", "AZ", "OK", "NE", "ID", "NV", "FL"
  };
  private static final String[] DIVISIONS = {
    "General Requirements",
    "Existing Conditions",
    "Concrete",
    "Masonry",
    "Metals",
    "Wood and Plastics",
    "Thermal and Moisture",
    "Openings",
    "Finishes",
    "Specialties",
    "Equipment",
    "Furnishings",
    "Special Construction",
    "Conveying",
    "Fire Suppression",
    "Plumbing"
  };

  /**
   * Creates an export, copying the lists.
   *
   * @param vendors the vendor records
   * @param costCodes the cost-code list
   */
  public SampleErpExport {
    vendors = List.copyOf(vendors);
    costCodes = List.copyOf(costCodes);
  }

  /**
   * Generates an export.
   *
   * @param seed the random seed; the same seed gives the same export
   * @param vendorCount how many vendor records, at least 1
   * @return the export
   * @throws IllegalArgumentException when {@code vendorCount} is below 1
   */
  public static SampleErpExport generate(long seed, int vendorCount) {
    if (vendorCount < 1) {
      throw new IllegalArgumentException("vendorCount must be at least 1, was " + vendorCount);
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<ErpVendor> vendors = new ArrayList<>(vendorCount);
    for (int i = 1; i <= vendorCount; i++) {
      int place = random.nextInt(PLACES.length);
      String trade = TRADES[random.nextInt(TRADES.length)];
      String name = PLACES[place] + " " + trade + " " + suffix(random) + " #" + i;
      String number = String.format("V-%05d", i);
      if (i % 97 == 0) {
        name = " ";
      } else if (i % 331 == 0) {
        name = (trade + " and Sons ").repeat(20).trim();
      }
      if (i % 499 == 0) {
        number = String.format("V-%05d", i - 1);
      }
      vendors.add(
          new ErpVendor(
              number,
              name,
              PLACES[place],
              STATES[place],
              "ap" + i + "@" + trade.toLowerCase().replace(' ', '-') + ".example",
              random.nextInt(10) != 0));
    }
    List<ErpCostCode> codes = new ArrayList<>();
    for (int d = 0; d < DIVISIONS.length; d++) {
      String division = String.format("%02d", d + 1);
      codes.add(new ErpCostCode(division, null, DIVISIONS[d]));
      int children = 15 + random.nextInt(10);
      for (int c = 1; c <= children; c++) {
        codes.add(
            new ErpCostCode(
                String.format("%03d", c * 10), division, DIVISIONS[d] + " item " + c * 10));
      }
    }
    codes.add(new ErpCostCode("999", "42", "Code under a division the export lacks"));
    return new SampleErpExport(vendors, codes);
  }

  private static String suffix(SplittableRandom random) {
    String[] suffixes = {"LLC", "Inc.", "Co.", "Group", "Partners", "Services"};
    return suffixes[random.nextInt(suffixes.length)];
  }
}
