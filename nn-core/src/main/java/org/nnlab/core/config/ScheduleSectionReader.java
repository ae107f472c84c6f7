package org.nnlab.core.config;

import static org.nnlab.core.config.ScheduleKeys.EXPONENTIAL_GAMMA;
import static org.nnlab.core.config.ScheduleKeys.FACTOR;
import static org.nnlab.core.config.ScheduleKeys.MIN_LR;
import static org.nnlab.core.config.ScheduleKeys.MONITOR;
import static org.nnlab.core.config.ScheduleKeys.PATIENCE;
import static org.nnlab.core.config.ScheduleKeys.STEP_GAMMA;
import static org.nnlab.core.config.ScheduleKeys.STEP_SIZE;
import static org.nnlab.core.config.ScheduleKeys.WARMUP_EPOCHS;

/**
 * Validates {@code optimizer.schedule}: its {@code type} first, then the keys of that type, as
 * {@link ScheduleKeys} declares them.
 */
final class ScheduleSectionReader {
  private ScheduleSectionReader() {}

  static ScheduleConfig read(YamlNode node, String path) {
    YamlMap map = Values.map(node, path);
    String typePath = KeyPaths.child(path, ScheduleKeys.TYPE.name());
    YamlNode typeNode = map.get(ScheduleKeys.TYPE.name()).orElseThrow(() ->
        new ConfigException(map.location(), path, "missing key 'type': expected a schedule: "
            + ConfigSection.alternatives(ScheduleConfig.TYPES)));
    String type = ScheduleKeys.TYPE.read(typeNode, typePath);
    Section section = ScheduleKeys.section(type).section(node, path);
    section.rejectUnknownKeys();
    return switch (type) {
      case ScheduleConfig.Step.TYPE -> new ScheduleConfig.Step(STEP_SIZE.require(section),
          STEP_GAMMA.readOrDefault(section));
      case ScheduleConfig.Exponential.TYPE ->
          new ScheduleConfig.Exponential(EXPONENTIAL_GAMMA.require(section));
      case ScheduleConfig.Cosine.TYPE -> new ScheduleConfig.Cosine(MIN_LR.readOrDefault(section),
          WARMUP_EPOCHS.readOrDefault(section));
      default -> new ScheduleConfig.ReduceOnPlateau(MONITOR.readOrDefault(section),
          FACTOR.readOrDefault(section), PATIENCE.readOrDefault(section));
    };
  }
}
