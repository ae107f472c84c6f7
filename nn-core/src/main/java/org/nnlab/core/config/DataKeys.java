package org.nnlab.core.config;

import java.util.List;

/** The keys of {@code data} and {@code validation} and of their sources. */
public final class DataKeys {
  /** {@code inline.inputs}. */
  public static final ConfigKey<YamlNode> INPUTS = ConfigKey.node("inputs",
      new ValueForm.Rows(), "one row of numbers per sample").required("a list of rows of numbers");

  /** {@code inline.targets}. */
  public static final ConfigKey<YamlNode> TARGETS = ConfigKey.node("targets",
      new ValueForm.Rows(), "one row of numbers per sample, as many rows as inputs")
      .required("a list of rows of numbers");

  /** The {@code inline} mapping. */
  public static final ConfigSection INLINE_SECTION =
      ConfigSection.of("inline", "data written in the configuration itself", INPUTS, TARGETS);

  /** {@code csv.path}. */
  public static final ConfigKey<String> PATH = ConfigKey.text("path",
      "the CSV file; a relative path is relative to the configuration's folder")
      .required("the CSV file's path");

  /** {@code csv.target}. */
  public static final ConfigKey<YamlNode> TARGET = ConfigKey.node("target",
      new ValueForm.AnyOf(List.of(new ValueForm.Text(),
          new ValueForm.ListOf(new ValueForm.Text(), 1))),
      "the name of the target column, or a list of names; the other columns are inputs")
      .required("the name of the target column, or a list");

  /** The {@code csv} mapping. */
  public static final ConfigSection CSV_SECTION =
      ConfigSection.of("csv", "a CSV file with a header row", PATH, TARGET);

  /** {@code synthetic.name}. */
  public static final ConfigKey<String> DATASET = ConfigKey.choice("name", "dataset",
      Limits.DATASETS, null, "the data set").required("one of " + Limits.DATASETS);

  /** {@code synthetic.samples}. */
  public static final ConfigKey<Integer> SAMPLES = ConfigKey.integer("samples", 1,
      Limits.MAX_SAMPLES, Limits.DEFAULT_SAMPLES, "the number of points");

  /** {@code synthetic.noise}. */
  public static final ConfigKey<Double> NOISE = ConfigKey.number("noise",
      ValueForm.Real.atLeast(0), "a number of at least 0", Limits.DEFAULT_NOISE,
      "the standard deviation of the Gaussian noise added to both coordinates");

  /** {@code synthetic.classes}: read by the section's reader, since it depends on the name. */
  public static final ConfigKey<YamlNode> CLASSES = ConfigKey.node("classes",
      new ValueForm.Whole(2, Limits.MAX_CLASSES),
      "the number of classes: spiral 2 to " + Limits.MAX_CLASSES + " (default 3), the others 2");

  /** The {@code synthetic} mapping. */
  public static final ConfigSection SYNTHETIC_SECTION = ConfigSection.of("synthetic",
      "a generated two-dimensional classification set", DATASET, SAMPLES, NOISE, CLASSES);

  /** {@code inline}, as a source of data. */
  public static final ConfigKey<YamlNode> INLINE = ConfigKey.node("inline",
      new ValueForm.Nested(INLINE_SECTION), "data written in the configuration itself");

  /** {@code csv}, as a source of data. */
  public static final ConfigKey<YamlNode> CSV = ConfigKey.node("csv",
      new ValueForm.Nested(CSV_SECTION), "a CSV file with a header row");

  /** {@code synthetic}, as a source of data. */
  public static final ConfigKey<YamlNode> SYNTHETIC = ConfigKey.node("synthetic",
      new ValueForm.Nested(SYNTHETIC_SECTION), "a generated two-dimensional classification set");

  /** The sources of data, of which a section has exactly one. */
  public static final List<String> SOURCES =
      List.of(INLINE.name(), CSV.name(), SYNTHETIC.name());

  /** {@code data.standardize}. */
  public static final ConfigKey<Boolean> STANDARDIZE = ConfigKey.flag("standardize", false,
      "standardize the inputs with the training data's column means and deviations");

  /** {@code validation.fraction}. */
  public static final ConfigKey<Double> FRACTION = ConfigKey.number("fraction",
      ValueForm.Real.between(0, 1), "a share of the data between 0 and 1, such as 0.2", null,
      "the share of the training data held out, drawn from the seed");

  /** The {@code data} mapping. */
  public static final ConfigSection DATA_SECTION = ConfigSection.of("data",
      "the training data: exactly one of inline, csv or synthetic",
      INLINE, CSV, SYNTHETIC, STANDARDIZE).exactlyOneOf(INLINE.name(), CSV.name(),
      SYNTHETIC.name());

  /** The {@code validation} mapping. */
  public static final ConfigSection VALIDATION_SECTION = ConfigSection.of("validation",
      "the validation data: a fraction held out of the data, or a source of its own",
      FRACTION, INLINE, CSV, SYNTHETIC).exactlyOneOf(FRACTION.name(), INLINE.name(), CSV.name(),
      SYNTHETIC.name());

  private DataKeys() {}
}
