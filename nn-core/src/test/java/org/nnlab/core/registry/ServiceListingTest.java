package org.nnlab.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServiceListingTest {
  private static final String LISTING = "META-INF/services/org.nnlab.api.LossProvider";

  private final List<PluginProblem> problems = new ArrayList<>();

  private List<String> read(String text) throws IOException {
    return ServiceListing.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        LISTING, "x.jar", problems);
  }

  private List<String> problems() {
    return problems.stream().map(PluginProblem::toString).toList();
  }

  @Test
  void nestedClassNamesAndCommentsAreRead() throws IOException {
    assertEquals(List.of("com.acme.Losses$Huber", "com.acme.Mae"),
        read("com.acme.Losses$Huber # nested\n  com.acme.Mae\ncom.acme.Mae\n"));
  }

  @Test
  void aLineThatIsNoClassNameIsReportedWithItsLineNumberAndSkipped() throws IOException {
    assertEquals(List.of("com.acme.Mae"), read("com.acme.Mae\nhello world\n"));
    assertEquals(List.of("x.jar: " + LISTING + " line 2: 'hello world' is not a class name; the "
        + "line was skipped"), problems());
  }

  @Test
  void garbageWithEscapeSequencesIsReportedEscaped() throws IOException {
    read("\u001b[2J\u001b[Hgotcha\n");
    assertEquals(List.of("x.jar: " + LISTING + " line 1: '\\u001b[2J\\u001b[Hgotcha' is not a "
        + "class name; the line was skipped"), problems());
  }

  @Test
  void aListingThatListsNothingIsReported() throws IOException {
    read("# nothing here yet\n\n");
    assertEquals(List.of("x.jar: " + LISTING + " lists no class"), problems());
  }

  @Test
  void aClassNameWithAnInvisibleCharacterIsNoClassName() throws IOException {
    assertEquals(List.of(), read("com.acme.\u0000Mae\n"));
  }
}
