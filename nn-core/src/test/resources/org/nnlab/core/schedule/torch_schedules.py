"""The PyTorch float64 oracle for nnlab's learning-rate schedules and gradient clipping.

Reads JSON cases on standard input: {name: {"layers": [{"weights": [[...]], "biases": [...],
"activation": "tanh" or "linear"}, ...], "inputs": [[...]], "targets": [class, ...],
"validation": {"inputs": ..., "targets": ...} (optional), "learning_rate": x, "momentum": m,
"epochs": n, "batch_size": b, "schedule": {...} (optional, as in nnlab's optimizer.schedule),
"clip_grad_norm": x (optional), "clip_grad_value": x (optional)}}.

Trains the network with torch.optim.SGD on the batch-mean cross-entropy, batches in data order,
clipping after backward and stepping the scheduler after every epoch, and prints {name:
{"loss": [per epoch: the mean of its batch losses], "learning_rate": [per epoch],
"parameters": [each parameter flattened, after training], "gradients": [each parameter's
gradient of the last batch, as the last step used it]}}.
"""
import json
import sys

import torch
import torch.nn.functional as F
from torch.optim import lr_scheduler

torch.set_default_dtype(torch.float64)


def network(case):
    modules = []
    for layer in case["layers"]:
        weights = torch.tensor(layer["weights"])
        linear = torch.nn.Linear(weights.shape[1], weights.shape[0])
        with torch.no_grad():
            linear.weight.copy_(weights)
            linear.bias.copy_(torch.tensor(layer["biases"]))
        modules.append(linear)
        if layer["activation"] == "tanh":
            modules.append(torch.nn.Tanh())
    return torch.nn.Sequential(*modules)


def scheduler(optimizer, schedule, epochs):
    kind = schedule["type"]
    if kind == "step":
        return lr_scheduler.StepLR(optimizer, step_size=schedule["step_size"],
                                   gamma=schedule.get("gamma", 0.1))
    if kind == "exponential":
        return lr_scheduler.ExponentialLR(optimizer, gamma=schedule["gamma"])
    if kind == "cosine":
        warmup = schedule.get("warmup_epochs", 0)
        minimum = schedule.get("min_lr", 0.0)
        if warmup == 0:
            return lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs, eta_min=minimum)
        return lr_scheduler.SequentialLR(optimizer, [
            lr_scheduler.LinearLR(optimizer, start_factor=1.0 / warmup, end_factor=1.0,
                                  total_iters=warmup - 1),
            lr_scheduler.CosineAnnealingLR(optimizer, T_max=epochs - warmup, eta_min=minimum)],
            milestones=[warmup])
    if kind == "reduce_on_plateau":
        monitor = schedule.get("monitor", "val_loss")
        return lr_scheduler.ReduceLROnPlateau(
            optimizer, mode="max" if monitor.endswith("accuracy") else "min",
            factor=schedule.get("factor", 0.1), patience=schedule.get("patience", 10))
    raise SystemExit("unknown schedule " + kind)


def run(case):
    model = network(case)
    x = torch.tensor(case["inputs"])
    y = torch.tensor(case["targets"], dtype=torch.long)
    optimizer = torch.optim.SGD(model.parameters(), lr=case["learning_rate"],
                                momentum=case["momentum"])
    schedule = case.get("schedule")
    epochs = case["epochs"]
    stepper = scheduler(optimizer, schedule, epochs) if schedule else None
    size = case["batch_size"]
    losses, rates = [], []
    for _ in range(epochs):
        rates.append(optimizer.param_groups[0]["lr"])
        batch_losses, correct = [], 0
        for start in range(0, len(x), size):
            xb, yb = x[start:start + size], y[start:start + size]
            optimizer.zero_grad()
            out = model(xb)
            loss = F.cross_entropy(out, yb)
            correct += int((out.argmax(1) == yb).sum())
            loss.backward()
            if "clip_grad_norm" in case:
                torch.nn.utils.clip_grad_norm_(model.parameters(), case["clip_grad_norm"])
            if "clip_grad_value" in case:
                torch.nn.utils.clip_grad_value_(model.parameters(), case["clip_grad_value"])
            optimizer.step()
            batch_losses.append(loss.item())
        measured = {"loss": sum(batch_losses) / len(batch_losses), "accuracy": correct / len(x)}
        if "validation" in case:
            with torch.no_grad():
                xv = torch.tensor(case["validation"]["inputs"])
                yv = torch.tensor(case["validation"]["targets"], dtype=torch.long)
                out = model(xv)
                measured["val_loss"] = F.cross_entropy(out, yv).item()
                measured["val_accuracy"] = float((out.argmax(1) == yv).double().mean())
        losses.append(measured["loss"])
        if isinstance(stepper, lr_scheduler.ReduceLROnPlateau):
            stepper.step(measured[schedule.get("monitor", "val_loss")])
        elif stepper is not None:
            stepper.step()
    return {"loss": losses, "learning_rate": rates,
            "parameters": [p.detach().flatten().tolist() for p in model.parameters()],
            "gradients": [p.grad.flatten().tolist() for p in model.parameters()]}


cases = json.load(sys.stdin)
print(json.dumps({name: run(case) for name, case in cases.items()}))
