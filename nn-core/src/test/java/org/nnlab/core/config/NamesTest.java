package org.nnlab.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.nnlab.api.internal.Excerpt;

class NamesTest {
  private static final List<String> ACTIVATIONS = List.of("tanh", "sigmoid", "relu", "linear");

  @Test
  void unknownActivationListsKnownNamesAndSuggestsClosest() {
    assertEquals("unknown activation 'sigmod'; did you mean 'sigmoid'? known activations: "
        + "linear, relu, sigmoid, tanh", Names.unknown("activation", "sigmod", ACTIVATIONS));
  }

  @Test
  void unknownNameFarFromAnyStillListsTheKnownOnes() {
    assertEquals("unknown optimizer 'adamw'; known optimizers: sgd",
        Names.unknown("optimizer", "adamw", List.of("sgd")));
  }

  @Test
  void nounEndingInSIsPluralisedWithEs() {
    assertEquals("unknown loss 'mse2'; did you mean 'mse'? known losses: cross_entropy, mse",
        Names.unknown("loss", "mse2", List.of("mse", "cross_entropy")));
  }

  @Test
  void unknownNameWithNothingKnownSaysSo() {
    assertEquals("unknown layer type 'conv' (no layer types are known)",
        Names.unknown("layer type", "conv", List.of()));
  }

  @Test
  void oneMissingLetterIsSuggested() {
    assertEquals(Optional.of("sigmoid"), Names.closest("sigmod", ACTIVATIONS));
  }

  @Test
  void swappedLettersCountAsOneEdit() {
    assertEquals(1, Names.editDistance("sdg", "sgd"));
  }

  @Test
  void swappedLettersAreSuggested() {
    assertEquals(Optional.of("sgd"), Names.closest("sdg", List.of("sgd")));
  }

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertEquals(3, Names.editDistance("kitten", "sitting"));
  }

  @Test
  void editDistanceToTheEmptyNameIsTheLength() {
    assertEquals(4, Names.editDistance("", "tanh"));
  }

  @Test
  void caseIsIgnored() {
    assertEquals(Optional.of("relu"), Names.closest("ReLU", ACTIVATIONS));
  }

  @Test
  void beginningOfANameSuggestsItsCompletion() {
    assertEquals(Optional.of("xavier_normal"),
        Names.closest("xavier", List.of("he_normal", "xavier_uniform", "xavier_normal")));
  }

  @Test
  void beginningShorterThanThreeLettersIsNotCompleted() {
    assertEquals(Optional.empty(), Names.closest("xa", List.of("xavier_uniform")));
  }

  @Test
  void nameTooFarFromEveryKnownOneSuggestsNothing() {
    assertEquals(Optional.empty(), Names.closest("adamw", List.of("sgd")));
  }

  @Test
  void singleLetterDoesNotSuggestAnotherSingleLetter() {
    assertEquals(Optional.empty(), Names.closest("z", List.of("a", "b", "y")));
  }

  @Test
  void tieIsBrokenAlphabetically() {
    assertEquals(Optional.of("cat"), Names.closest("bat", List.of("hat", "cat")));
  }

  @Test
  void nameOfAMillionCharactersIsShortenedAndNotCompared() {
    String name = "x".repeat(1_000_000);
    assertEquals("unknown key '" + "x".repeat(Excerpt.MAX_CHARS) + "...' (1000000 characters); "
        + "known keys: loss, model", Names.unknown("key", name, List.of("model", "loss")));
  }
}
