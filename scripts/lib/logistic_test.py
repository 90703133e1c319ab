"""Tests of logistic.py (run by scripts/fit-confidence before it fits; alone: python3 scripts/lib/logistic_test.py)."""
import math
import os
import random
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import logistic  # noqa: E402


def logit(p):
    return math.log(p / (1 - p))


class FitTests(unittest.TestCase):
    def test_recovers_the_weights_data_was_drawn_from(self):
        known = [-1.5, 2.0, -1.0, 0.8]  # intercept, two signs (0/1) and one continuous feature
        draw = random.Random(12)
        rows, labels = [], []
        for _ in range(6000):
            row = [draw.random() < 0.5, draw.random() < 0.3, draw.gauss(0, 1)]
            rows.append([float(v) for v in row])
            labels.append(draw.random() < logistic.probability(known, [1.0] + rows[-1]))
        fitted = logistic.fit(rows, labels)
        for want, got in zip(known, fitted):
            self.assertAlmostEqual(got, want, delta=0.15)

    def test_without_penalty_a_single_sign_gives_the_log_odds_of_each_group(self):
        # 30 of 40 right with the sign, 5 of 20 without: intercept logit(1/4), weight logit(3/4) - logit(1/4).
        rows = [[1.0]] * 40 + [[0.0]] * 20
        labels = [True] * 30 + [False] * 10 + [True] * 5 + [False] * 15
        intercept, weight = logistic.fit(rows, labels, c=1e9)
        self.assertAlmostEqual(intercept, logit(0.25), places=5)
        self.assertAlmostEqual(weight, logit(0.75) - logit(0.25), places=5)

    def test_the_penalty_is_on_the_summed_loss_and_spares_the_intercept(self):
        # At the optimum the gradient vanishes: sum (p - y) = 0 for the intercept, sum (p - y) x + w / C = 0 for the
        # others. A penalty on the mean loss, or on the intercept too, would leave these non-zero.
        rows = [[1.0, 0.0], [1.0, 1.0], [0.0, 1.0], [0.0, 0.0], [1.0, 1.0], [0.0, 1.0], [1.0, 0.0]]
        labels = [True, True, False, False, False, True, True]
        c = 0.5
        weights = logistic.fit(rows, labels, c=c)
        residuals = [logistic.probability(weights, [1.0] + row) - float(label) for row, label in zip(rows, labels)]
        self.assertAlmostEqual(sum(residuals), 0.0, places=8)
        for k in range(2):
            self.assertAlmostEqual(sum(r * row[k] for r, row in zip(residuals, rows)) + weights[k + 1] / c, 0.0, places=8)
        self.assertGreater(abs(weights[1]), 0.1)


class AUCTests(unittest.TestCase):
    def test_counts_pairs_ordered_right_and_ties_as_half(self):
        scores = [0.9, 0.8, 0.8, 0.3, 0.3, 0.1]
        labels = [True, False, True, True, False, False]
        pairs = [(s, t) for s, a in zip(scores, labels) if a for t, b in zip(scores, labels) if not b]
        brute = sum(1.0 if s > t else 0.5 if s == t else 0.0 for s, t in pairs) / len(pairs)
        self.assertAlmostEqual(logistic.auc(scores, labels), brute)
        self.assertAlmostEqual(brute, (3 + 2.5 + 1.5) / 9)

    def test_needs_both_classes(self):
        self.assertIsNone(logistic.auc([0.2, 0.4], [True, True]))


if __name__ == "__main__":
    unittest.main()
