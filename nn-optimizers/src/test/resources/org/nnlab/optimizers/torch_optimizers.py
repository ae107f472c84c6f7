"""The PyTorch float64 oracle for nnlab's optimizers.

Reads JSON cases on standard input: {name: {"optimizer": name, "options": {...}, "start":
[[...], ...] (one flat list per parameter), "curvature": [[...], ...], "centre": [[...], ...],
"steps": n}} and prints {name: [[...], ...]}: the parameters after n steps of the torch
optimizer on f(w) = 1/2 sum(a * (w - c)^2), whose gradient a * (w - c) is set before each step.
"""
import json
import sys

import torch


def run(case):
    params = [torch.tensor(p, dtype=torch.float64, requires_grad=True) for p in case["start"]]
    a = [torch.tensor(x, dtype=torch.float64) for x in case["curvature"]]
    c = [torch.tensor(x, dtype=torch.float64) for x in case["centre"]]
    o = case["options"]
    name = case["optimizer"]
    lr = o.get("learning_rate")
    if name == "sgd":
        opt = torch.optim.SGD(params, lr=lr, momentum=o.get("momentum", 0.0),
                              nesterov=o.get("nesterov", False), weight_decay=o.get("weight_decay", 0.0))
    elif name in ("adam", "adamw"):
        cls = torch.optim.Adam if name == "adam" else torch.optim.AdamW
        opt = cls(params, lr=lr, betas=(o.get("beta1", 0.9), o.get("beta2", 0.999)),
                  eps=o.get("eps", 1e-8), weight_decay=o.get("weight_decay", 0.0 if name == "adam" else 0.01))
    elif name == "rmsprop":
        opt = torch.optim.RMSprop(params, lr=lr, alpha=o.get("alpha", 0.99), eps=o.get("eps", 1e-8),
                                  momentum=o.get("momentum", 0.0), centered=o.get("centered", False),
                                  weight_decay=o.get("weight_decay", 0.0))
    elif name == "adagrad":
        opt = torch.optim.Adagrad(params, lr=lr, lr_decay=o.get("lr_decay", 0.0), eps=o.get("eps", 1e-10),
                                  weight_decay=o.get("weight_decay", 0.0))
    else:
        raise SystemExit("unknown optimizer " + name)
    for _ in range(case["steps"]):
        opt.zero_grad()
        for p, ai, ci in zip(params, a, c):
            p.grad = ai * (p.detach() - ci)
        opt.step()
    return [p.detach().tolist() for p in params]


cases = json.load(sys.stdin)
print(json.dumps({name: run(case) for name, case in cases.items()}))
