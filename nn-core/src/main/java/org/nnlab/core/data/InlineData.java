package org.nnlab.core.data;

import java.util.List;
import org.nnlab.core.config.DataConfig;
import org.nnlab.core.config.KeyPaths;

/** Data written in the configuration: already numbers, located row by row. */
final class InlineData {
  private InlineData() {}

  static RawData read(DataConfig.Inline spec) {
    String inputs = KeyPaths.child(spec.path(), "inputs");
    String targets = KeyPaths.child(spec.path(), "targets");
    return new RawData(spec.inputs(), spec.targets(), null, List.of(),
        "inline data, " + DataLoader.count(spec.inputs().length, "sample"), "inline data",
        List.of(), List.of(),
        new RawData.Origin(spec.inputRows().get(0), inputs),
        new RawData.Origin(spec.targetRows().get(0), targets),
        r -> new RawData.Origin(spec.targetRows().get(r), KeyPaths.index(targets, r)));
  }
}
