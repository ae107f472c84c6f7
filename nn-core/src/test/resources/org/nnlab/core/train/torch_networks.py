"""The PyTorch float64 oracle for nnlab's activations, optimizers and losses inside a network.

Reads JSON cases on standard input: {name: {"activation": {"type": name, options...},
"optimizer": {"type": name, options...}, "loss": {"type": name, options...} (optional, mse by
default), "inputs": [[...]], "targets": [[...]], "layers": [{"weights": [[...]], "biases":
[...]}, ...], "steps": n}} and prints {name: {"losses": [...], "gradients": [[...], ...],
"parameters": [[...], ...]}}, in float64 unless the case says "dtype": "float32": the full-batch loss before each of n steps of the optimizer on a
network whose hidden layers use the activation and whose last layer is linear, the gradients of
the first step and the parameters after the last, each flattened row by row in the order
weights, biases of layer 1, then layer 2.
"""
import json
import sys

import torch
import torch.nn.functional as F


def activation(spec):
    name = spec["type"]
    if name == "linear":
        return lambda z: z
    if name == "sigmoid":
        return torch.sigmoid
    if name == "tanh":
        return torch.tanh
    if name == "relu":
        return F.relu
    if name == "leaky_relu":
        return lambda z: F.leaky_relu(z, spec.get("negative_slope", 0.01))
    if name == "elu":
        return lambda z: F.elu(z, spec.get("alpha", 1.0))
    if name == "selu":
        return F.selu
    if name == "gelu":
        return lambda z: F.gelu(z, approximate=spec.get("approximate", "none"))
    if name == "silu":
        return F.silu
    if name == "mish":
        return F.mish
    if name == "softplus":
        return lambda z: F.softplus(z, spec.get("beta", 1.0), spec.get("threshold", 20.0))
    if name == "softsign":
        return F.softsign
    if name == "hard_tanh":
        return lambda z: F.hardtanh(z, spec.get("min_val", -1.0), spec.get("max_val", 1.0))
    if name == "hard_sigmoid":
        return F.hardsigmoid
    raise ValueError("no oracle for activation " + name)


def optimizer(params, spec):
    name = spec["type"]
    lr = spec["learning_rate"]
    decay = spec.get("weight_decay", 0.0)
    if name == "sgd":
        return torch.optim.SGD(params, lr=lr, momentum=spec.get("momentum", 0.0),
                               nesterov=spec.get("nesterov", False), weight_decay=decay)
    if name == "adam":
        return torch.optim.Adam(params, lr=lr, betas=(spec.get("beta1", 0.9),
                                spec.get("beta2", 0.999)), eps=spec.get("eps", 1e-8),
                                weight_decay=decay)
    if name == "adamw":
        return torch.optim.AdamW(params, lr=lr, betas=(spec.get("beta1", 0.9),
                                 spec.get("beta2", 0.999)), eps=spec.get("eps", 1e-8),
                                 weight_decay=spec.get("weight_decay", 0.01))
    if name == "rmsprop":
        return torch.optim.RMSprop(params, lr=lr, alpha=spec.get("alpha", 0.99),
                                   eps=spec.get("eps", 1e-8), momentum=spec.get("momentum", 0.0),
                                   centered=spec.get("centered", False), weight_decay=decay)
    if name == "adagrad":
        return torch.optim.Adagrad(params, lr=lr, lr_decay=spec.get("lr_decay", 0.0),
                                   eps=spec.get("eps", 1e-10), weight_decay=decay)
    raise ValueError("no oracle for optimizer " + name)


def loss_function(spec):
    name = spec["type"]
    if name == "mse":
        return F.mse_loss
    if name == "huber":
        return torch.nn.HuberLoss(reduction="mean", delta=spec.get("delta", 1.0))
    if name == "l1":
        return torch.nn.L1Loss(reduction="mean")
    if name == "binary_cross_entropy":
        return torch.nn.BCEWithLogitsLoss(reduction="mean")
    raise ValueError("no oracle for loss " + name)


def run(case):
    dtype = torch.float32 if case.get("dtype") == "float32" else torch.float64
    params = []
    for layer in case["layers"]:
        params.append(torch.tensor(layer["weights"], dtype=dtype, requires_grad=True))
        params.append(torch.tensor(layer["biases"], dtype=dtype, requires_grad=True))
    f = activation(case["activation"])
    x = torch.tensor(case["inputs"], dtype=dtype)
    t = torch.tensor(case["targets"], dtype=dtype)
    step = optimizer(params, case["optimizer"])
    criterion = loss_function(case.get("loss", {"type": "mse"}))
    layers = len(params) // 2
    losses = []
    gradients = None
    for _ in range(case["steps"]):
        step.zero_grad()
        h = x
        for k in range(layers):
            h = h @ params[2 * k].T + params[2 * k + 1]
            if k < layers - 1:
                h = f(h)
        loss = criterion(h, t)
        loss.backward()
        losses.append(loss.item())
        if gradients is None:
            gradients = [p.grad.reshape(-1).tolist() for p in params]
        step.step()
    return {"losses": losses, "gradients": gradients,
            "parameters": [p.detach().reshape(-1).tolist() for p in params]}


def main():
    cases = json.load(sys.stdin)
    print(json.dumps({name: run(case) for name, case in cases.items()}))


main()
