package org.nnlab.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExcerptTest {
  @Test
  void shortTextIsShownWhole() {
    assertEquals("'relu'", Excerpt.quoted("relu"));
  }

  @Test
  void longTextIsCutToItsFirstCharactersWithItsLength() {
    String text = "7".repeat(1_000_000);
    assertEquals("'" + "7".repeat(Excerpt.MAX_CHARS) + "...' (1000000 characters)",
        Excerpt.quoted(text));
  }

  @Test
  void textOfExactlyTheLimitIsShownWhole() {
    String text = "a".repeat(Excerpt.MAX_CHARS);
    assertEquals(text, Excerpt.of(text));
  }

  @Test
  void cutNeverSplitsASurrogatePair() {
    String text = "a".repeat(Excerpt.MAX_CHARS - 1) + "\uD83D\uDE00" + "b".repeat(10);
    assertEquals("a".repeat(Excerpt.MAX_CHARS - 1) + "... (" + text.length() + " characters)",
        Excerpt.of(text));
  }

  @Test
  void longListShowsItsFirstNamesAndItsSize() {
    List<String> names = IntStream.range(0, 30_000).mapToObj(i -> "c" + i).toList();
    assertEquals(String.join(", ", names.subList(0, Excerpt.MAX_NAMES)) + ", ... (30000 in all)",
        Excerpt.list(names));
  }
}
