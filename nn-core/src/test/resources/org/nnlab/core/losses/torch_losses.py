"""The PyTorch float64 oracle for nnlab's losses.

Reads JSON cases on standard input: {name: {"loss": name, "options": {...}, "inputs": [[...]],
"targets": [[...]], "layers": [{"weights": [[...]], "biases": [...], "activation": "tanh" or
"linear"}, ...], "learning_rate": lr, "steps": n}} and prints {name: {"losses": [...],
"gradients": [[...], ...], "parameters": [[...], ...]}}: the full-batch loss before each of n
plain SGD steps on the network, the gradients of the first step and the parameters after the
last, each parameter flattened row by row, in the order weights, biases of layer 1, then of
layer 2, ...
"""
import json
import sys

import torch


def loss_function(name, options):
    if name == "huber":
        return torch.nn.HuberLoss(reduction="mean", delta=options.get("delta", 1.0))
    if name == "l1":
        return torch.nn.L1Loss(reduction="mean")
    if name == "binary_cross_entropy":
        return torch.nn.BCEWithLogitsLoss(reduction="mean")
    raise ValueError("no oracle for loss " + name)


def run(case):
    params = []
    activations = []
    for layer in case["layers"]:
        params.append(torch.tensor(layer["weights"], dtype=torch.float64, requires_grad=True))
        params.append(torch.tensor(layer["biases"], dtype=torch.float64, requires_grad=True))
        activations.append(layer["activation"])
    x = torch.tensor(case["inputs"], dtype=torch.float64)
    t = torch.tensor(case["targets"], dtype=torch.float64)
    criterion = loss_function(case["loss"], case["options"])
    optimizer = torch.optim.SGD(params, lr=case["learning_rate"])
    losses = []
    gradients = None
    for _ in range(case["steps"]):
        optimizer.zero_grad()
        h = x
        for k, activation in enumerate(activations):
            h = h @ params[2 * k].T + params[2 * k + 1]
            if activation == "tanh":
                h = torch.tanh(h)
        loss = criterion(h, t)
        loss.backward()
        losses.append(loss.item())
        if gradients is None:
            gradients = [p.grad.reshape(-1).tolist() for p in params]
        optimizer.step()
    return {"losses": losses, "gradients": gradients,
            "parameters": [p.detach().reshape(-1).tolist() for p in params]}


def main():
    cases = json.load(sys.stdin)
    print(json.dumps({name: run(case) for name, case in cases.items()}))


main()
