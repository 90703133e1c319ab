"""L2-penalised logistic regression fitted by Newton's method, and the area under the ROC curve.

Used by scripts/fit-confidence to refit event confidence; small enough to read in one go, so a refit
needs nothing beyond Python. The penalty is scikit-learn's LogisticRegression default (C = 1): the
summed log-loss plus ||w||² / (2C) over every weight but the intercept. Tested by logistic_test.py.
"""
import math


def fit(rows, labels, c=1.0, iterations=100, tolerance=1e-10):
    """Weights [intercept, w1, …] minimising sum(log-loss) + ||w||²/(2c) for rows of features (no intercept column)
    and labels (True for the positive class). Newton steps: the loss is convex, so a handful converge."""
    size = len(rows[0]) + 1
    design = [[1.0] + [float(x) for x in row] for row in rows]
    targets = [1.0 if label else 0.0 for label in labels]
    weights = [0.0] * size
    for _ in range(iterations):
        gradient = [0.0] * size
        hessian = [[0.0] * size for _ in range(size)]
        for x, y in zip(design, targets):
            p = probability(weights, x)
            for i in range(size):
                gradient[i] += (p - y) * x[i]
                for j in range(i + 1):
                    hessian[i][j] += p * (1 - p) * x[i] * x[j]
        for i in range(1, size):  # the penalty spares the intercept
            gradient[i] += weights[i] / c
            hessian[i][i] += 1 / c
        for i in range(size):
            for j in range(i + 1, size):
                hessian[i][j] = hessian[j][i]
        step = solve(hessian, gradient)
        weights = [w - s for w, s in zip(weights, step)]
        if max(abs(s) for s in step) < tolerance:
            break
    return weights


def probability(weights, x):
    """The logistic of weights · x (x with its leading 1 for the intercept), safe for large margins."""
    z = sum(w * v for w, v in zip(weights, x))
    if z >= 0:
        return 1 / (1 + math.exp(-z))
    e = math.exp(z)
    return e / (1 + e)


def solve(matrix, vector):
    """x with matrix · x = vector, by Gaussian elimination with partial pivoting (the Hessian is small and positive
    definite)."""
    n = len(vector)
    a = [row[:] + [vector[i]] for i, row in enumerate(matrix)]
    for column in range(n):
        pivot = max(range(column, n), key=lambda r: abs(a[r][column]))
        a[column], a[pivot] = a[pivot], a[column]
        for row in range(column + 1, n):
            factor = a[row][column] / a[column][column]
            for k in range(column, n + 1):
                a[row][k] -= factor * a[column][k]
    x = [0.0] * n
    for row in reversed(range(n)):
        x[row] = (a[row][n] - sum(a[row][k] * x[k] for k in range(row + 1, n))) / a[row][row]
    return x


def auc(scores, labels):
    """The area under the ROC curve: the chance that a positive scores above a negative, ties counting half;
    None without both classes. By ranks, so a few thousand events take no time."""
    ordered = sorted(zip(scores, labels), key=lambda pair: pair[0])
    positives = sum(1 for label in labels if label)
    negatives = len(labels) - positives
    if not positives or not negatives:
        return None
    rank_sum, start = 0.0, 0
    while start < len(ordered):
        end = start
        while end < len(ordered) and ordered[end][0] == ordered[start][0]:
            end += 1
        mean_rank = (start + 1 + end) / 2  # ranks from 1; a tie shares the mean of its ranks
        rank_sum += mean_rank * sum(1 for _, label in ordered[start:end] if label)
        start = end
    return (rank_sum - positives * (positives + 1) / 2) / (positives * negatives)
