package org.nnlab.cli.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnitSource;
import org.junit.jupiter.api.Test;

/** The charts' axis labels are written the same in every locale. */
class ChartsTest {

  private static <T> T inGermany(Supplier<T> task) {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      return task.get();
    } finally {
      Locale.setDefault(before);
    }
  }

  private static String label(TickUnitSource units, double value) {
    return units.getCeilingTickUnit(value).valueToString(value);
  }

  @Test
  void linearAxisLabelsHaveADecimalPointInGermany() {
    NumberAxis axis = inGermany(() -> (NumberAxis) Charts.valueAxis("loss", false));
    assertEquals(List.of("0.5", "0.0002", "2E-6", "1,200"),
        List.of(label(axis.getStandardTickUnits(), 0.5),
            label(axis.getStandardTickUnits(), 2e-4), label(axis.getStandardTickUnits(), 2e-6),
            label(axis.getStandardTickUnits(), 1200)));
  }

  @Test
  void logAxisLabelsHaveADecimalPointInGermany() {
    LogAxis axis = inGermany(() -> (LogAxis) Charts.valueAxis("gradient", true));
    assertEquals("1.5E-3", axis.getNumberFormatOverride().format(1.5e-3));
  }

  @Test
  void wholeNumberAxisLabelsAreGroupedWithCommasInGermany() {
    NumberAxis axis = inGermany(() -> Charts.wholeNumberAxis("epoch"));
    assertEquals("1,000", label(axis.getStandardTickUnits(), 1000));
  }
}
