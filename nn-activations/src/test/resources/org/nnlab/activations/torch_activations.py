"""The PyTorch float64 oracle for nnlab's activations.

Reads {name: {"function": name, "options": {...}}, "points": [...]} on standard input and prints
{name: {"values": [...], "derivatives": [...]}}: f(x) and, by autograd, f'(x) at each point.
"""
import json
import sys

import torch
import torch.nn.functional as F


def function(name, o):
    if name == "leaky_relu":
        return lambda x: F.leaky_relu(x, o.get("negative_slope", 0.01))
    if name == "elu":
        return lambda x: F.elu(x, o.get("alpha", 1.0))
    if name == "selu":
        return F.selu
    if name == "gelu":
        return lambda x: F.gelu(x, approximate=o.get("approximate", "none"))
    if name == "silu":
        return F.silu
    if name == "mish":
        return F.mish
    if name == "softplus":
        return lambda x: F.softplus(x, o.get("beta", 1.0), o.get("threshold", 20.0))
    if name == "softsign":
        return F.softsign
    if name == "hard_tanh":
        return lambda x: F.hardtanh(x, o.get("min_val", -1.0), o.get("max_val", 1.0))
    if name == "hard_sigmoid":
        return F.hardsigmoid
    raise SystemExit("unknown activation " + name)


request = json.load(sys.stdin)
answer = {}
for key, case in request["cases"].items():
    x = torch.tensor(request["points"], dtype=torch.float64, requires_grad=True)
    y = function(case["function"], case["options"])(x)
    y.sum().backward()
    answer[key] = {"values": y.detach().tolist(), "derivatives": x.grad.tolist()}
print(json.dumps(answer))
