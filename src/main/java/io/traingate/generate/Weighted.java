package io.traingate.generate;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

/** Picks one of a few options with probability proportional to its weight. */
final class Weighted {
  private Weighted() {}

  static <T> T pick(SplittableRandom random, List<T> options, ToDoubleFunction<T> weight) {
    double total = options.stream().mapToDouble(weight).sum();
    double point = random.nextDouble() * total;
    for (T option : options) {
      point -= weight.applyAsDouble(option);
      if (point < 0) {
        return option;
      }
    }
    return options.get(options.size() - 1);
  }
}
