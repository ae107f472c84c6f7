"""The PyTorch float64 oracle for networks with nnlab's layer types.

Reads JSON cases on standard input: {name: {"inputs": [[...]], "targets": [[...]],
"eval_inputs": [[...]], "learning_rate": lr, "steps": n, "layers": [{"type": "dense" |
"batch_norm" | "layer_norm" | "dropout", "activation": name, "weights", "biases", "gamma",
"beta", "rate", "residual": k}, ...]}} and prints {name: {"losses": [...], "gradients":
[[...], ...], "parameters": [[...], ...], "buffers": [[...], ...], "eval": [...]}}:
the mean squared error of each of n full-batch plain SGD steps, the gradients of the first
step and the parameters after the last (flat, network order: weights, biases; gamma, beta),
each batch_norm's running mean and variance after training, and the outputs for eval_inputs in
evaluation mode (flat). A layer with "residual": k adds the input of the layer k - 1 entries
before it (itself when k is 1) to its activated output.
"""
import json
import sys

import torch

ACTIVATIONS = {
    "linear": lambda z: z,
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "relu": torch.relu,
}


def tensor(values):
    return torch.tensor(values, dtype=torch.float64)


def build(case):
    modules = []
    width = len(case["inputs"][0])
    for spec in case["layers"]:
        kind = spec["type"]
        if kind == "dense":
            w = tensor(spec["weights"])
            module = torch.nn.Linear(w.shape[1], w.shape[0]).double()
            with torch.no_grad():
                module.weight.copy_(w)
                module.bias.copy_(tensor(spec.get("biases", [0.0] * w.shape[0])))
            width = w.shape[0]
        elif kind == "batch_norm":
            module = torch.nn.BatchNorm1d(width, momentum=0.1, eps=1e-5).double()
        elif kind == "layer_norm":
            module = torch.nn.LayerNorm(width, eps=1e-5).double()
        elif kind == "dropout":
            module = torch.nn.Dropout(spec.get("rate", 0.5))
        else:
            raise SystemExit("unknown layer type " + kind)
        if kind in ("batch_norm", "layer_norm"):
            with torch.no_grad():
                module.weight.copy_(tensor(spec.get("gamma", [1.0] * width)))
                module.bias.copy_(tensor(spec.get("beta", [0.0] * width)))
        modules.append(module)
    return modules


def forward(case, modules, x):
    inputs = []
    h = x
    for spec, module in zip(case["layers"], modules):
        inputs.append(h)
        out = ACTIVATIONS[spec.get("activation", "linear")](module(h))
        k = spec.get("residual", 0)
        if k:
            out = out + inputs[len(inputs) - k]
        h = out
    return h


def parameters(modules):
    result = []
    for module in modules:
        if isinstance(module, (torch.nn.Linear, torch.nn.BatchNorm1d, torch.nn.LayerNorm)):
            result += [module.weight, module.bias]
    return result


def flat(t):
    return t.detach().reshape(-1).tolist()


def run(case):
    modules = build(case)
    x = tensor(case["inputs"])
    y = tensor(case["targets"])
    params = parameters(modules)
    losses = []
    gradients = None
    for m in modules:
        m.train()
    for step in range(case["steps"]):
        for p in params:
            p.grad = None
        loss = torch.mean((forward(case, modules, x) - y) ** 2)
        loss.backward()
        losses.append(loss.item())
        if gradients is None:
            gradients = [flat(p.grad) for p in params]
        with torch.no_grad():
            for p in params:
                p -= case["learning_rate"] * p.grad
    for m in modules:
        m.eval()
    with torch.no_grad():
        evaluated = flat(forward(case, modules, tensor(case["eval_inputs"])))
    buffers = []
    for m in modules:
        if isinstance(m, torch.nn.BatchNorm1d):
            buffers += [flat(m.running_mean), flat(m.running_var)]
    return {"losses": losses, "gradients": gradients or [], "parameters": [flat(p) for p in params],
            "buffers": buffers, "eval": evaluated}


cases = json.load(sys.stdin)
print(json.dumps({name: run(case) for name, case in cases.items()}))
