#!/usr/bin/env python3
"""The grid of examples/remedies.yaml written in PyTorch (float64), for comparing the per-layer
gradient ratios nnlab measures with an independent implementation.

Reads a JSON case on standard input:
  {"inputs": [[x1, x2], ...], "classes": [0, 2, ...], "hidden": [32, ...], "outputs": 3,
   "batch_size": 32, "epochs": 1, "seeds": [1, 2, 3],
   "points": [{"name": "...", "activation": "sigmoid", "init": "xavier_uniform",
               "normalization": "none" | "batch_norm", "residual": false,
               "optimizer": {"type": "sgd", "learning_rate": 0.01, "momentum": 0.9}
                          | {"type": "adam", "learning_rate": 0.001}}, ...]}
and prints, for every point, the last epoch's ratio of the first to the last dense layer's
weight-gradient norm (each the mean over the epoch's batches of the Frobenius norm of dL/dW,
as nnlab's grad_norms), and the same for the update ratio ||W_after - W_before|| / ||W_before||,
each the geometric mean over the seeds (as nnlab's compare table):
  {"<name>": {"grad_ratio": r, "update_ratio": u}, ...}

Biases start at zero and the hidden blocks are dense -> [batch_norm] -> activation, plus the
block's input when `residual` is set and the widths match, as nnlab builds them.
"""
import json
import math
import sys

import torch

torch.set_default_dtype(torch.float64)

ACTIVATIONS = {"sigmoid": torch.nn.Sigmoid, "tanh": torch.nn.Tanh, "relu": torch.nn.ReLU,
               "selu": torch.nn.SELU}


def init_weight(weight, scheme):
    fan_in = weight.shape[1]
    if scheme == "xavier_uniform":
        torch.nn.init.xavier_uniform_(weight)
    elif scheme == "he_uniform":
        torch.nn.init.kaiming_uniform_(weight, nonlinearity="relu")
    elif scheme == "lecun_normal":
        torch.nn.init.normal_(weight, 0.0, (1.0 / fan_in) ** 0.5)
    else:
        raise ValueError("unknown init " + scheme)


class Block(torch.nn.Module):
    def __init__(self, inputs, units, point):
        super().__init__()
        self.dense = torch.nn.Linear(inputs, units)
        init_weight(self.dense.weight, point["init"])
        torch.nn.init.zeros_(self.dense.bias)
        self.norm = torch.nn.BatchNorm1d(units) if point["normalization"] == "batch_norm" else None
        self.activation = ACTIVATIONS[point["activation"]]()
        self.skip = point["residual"] and inputs == units

    def forward(self, x):
        z = self.dense(x)
        if self.norm is not None:
            z = self.norm(z)
        h = self.activation(z)
        return x + h if self.skip else h


def network(case, point):
    blocks = []
    width = len(case["inputs"][0])
    for units in case["hidden"]:
        blocks.append(Block(width, units, point))
        width = units
    output = torch.nn.Linear(width, case["outputs"])
    init_weight(output.weight, point["init"])
    torch.nn.init.zeros_(output.bias)
    dense = [b.dense for b in blocks] + [output]
    return torch.nn.Sequential(*blocks, output), dense


def optimizer(parameters, settings):
    if settings["type"] == "sgd":
        return torch.optim.SGD(parameters, lr=settings["learning_rate"],
                               momentum=settings.get("momentum", 0.0))
    if settings["type"] == "adam":
        return torch.optim.Adam(parameters, lr=settings["learning_rate"])
    raise ValueError("unknown optimizer " + settings["type"])


def train(case, point, seed):
    torch.manual_seed(seed)
    model, dense = network(case, point)
    step = optimizer(model.parameters(), point["optimizer"])
    x = torch.tensor(case["inputs"])
    y = torch.tensor(case["classes"])
    loss_fn = torch.nn.CrossEntropyLoss()
    batch = case["batch_size"]
    for _ in range(case["epochs"]):
        grads = [0.0 for _ in dense]
        updates = [0.0 for _ in dense]
        batches = 0
        order = torch.randperm(len(x))
        model.train()
        for start in range(0, len(x), batch):
            rows = order[start:start + batch]
            step.zero_grad()
            loss_fn(model(x[rows]), y[rows]).backward()
            before = [d.weight.detach().clone() for d in dense]
            for i, d in enumerate(dense):
                grads[i] += d.weight.grad.norm().item()
            step.step()
            for i, d in enumerate(dense):
                updates[i] += ((d.weight.detach() - before[i]).norm() / before[i].norm()).item()
            batches += 1
    return {"grad_ratio": grads[0] / grads[-1], "update_ratio": updates[0] / updates[-1]}


def geometric_mean(values):
    return math.exp(sum(math.log(v) for v in values) / len(values))


def main():
    case = json.load(sys.stdin)
    answer = {}
    for point in case["points"]:
        runs = [train(case, point, seed) for seed in case["seeds"]]
        answer[point["name"]] = {key: geometric_mean([run[key] for run in runs])
                                 for key in ("grad_ratio", "update_ratio")}
    print(json.dumps(answer))


if __name__ == "__main__":
    main()
