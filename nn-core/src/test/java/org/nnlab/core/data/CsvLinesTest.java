package org.nnlab.core.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nnlab.core.config.ConfigException;

class CsvLinesTest {
  private static List<String> lines(String text) throws IOException {
    CsvLines lines = new CsvLines(new StringReader(text), "points.csv");
    List<String> all = new ArrayList<>();
    for (String line = lines.next(); line != null; line = lines.next()) {
      all.add(lines.number() + ":" + line);
    }
    return all;
  }

  @Test
  void everyKindOfLineBreakEndsALineAndTheLastNeedsNone() throws IOException {
    assertEquals(List.of("1:a", "2:b", "3:", "4:c", "5:d"), lines("a\nb\r\rc\r\nd"));
  }

  @Test
  void byteOrderMarkAtTheStartIsDropped() throws IOException {
    assertEquals(List.of("1:a,y"), lines("\uFEFFa,y\n"));
  }

  @Test
  void controlCharacterIsRefusedAtItsLineAndColumn() {
    ConfigException e = assertThrows(ConfigException.class, () -> lines("a,y\n1,\u0007\n"));
    assertEquals("points.csv:2:3: the character U+0007 is not allowed in CSV text",
        e.getMessage());
  }

  // A file of one endless line fails at the bound, before it fills memory.
  @Test
  void lineLongerThanTheBoundIsRefusedWhereItCrossesIt() {
    Reader endless = new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) {
        Arrays.fill(buffer, offset, offset + length, '1');
        return length;
      }

      @Override
      public void close() {}
    };
    ConfigException e = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> assertThrows(ConfigException.class, () -> new CsvLines(endless, "x.csv").next()));
    assertEquals("x.csv:1:" + (CsvLines.MAX_LINE_CHARS + 1) + ": line is longer than "
        + CsvLines.MAX_LINE_CHARS + " characters; a CSV line this long is not data",
        e.getMessage());
  }
}
