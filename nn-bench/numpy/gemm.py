"""numpy (OpenBLAS) on GemmBenchmark's shapes, for comparison: GFLOP/s of the dense layer's
three products. Threads: OPENBLAS_NUM_THREADS=1 or 2 in the environment.
   OPENBLAS_NUM_THREADS=1 python3 nn-bench/numpy/gemm.py"""
import time, numpy as np
LAYERS = ["2-2-1", "32-32-32", "784-256-128", "256-128-128", "128-10-128", "1024-1024-256", "1024-10-256"]
rng = np.random.default_rng(1)
for dtype, name in ((np.float64, "float64"), (np.float32, "float32")):
    for layer in LAYERS:
        i, o, bt = map(int, layer.split("-"))
        x = rng.standard_normal((bt, i)).astype(dtype); w = rng.standard_normal((o, i)).astype(dtype)
        dz = rng.standard_normal((bt, o)).astype(dtype)
        for product, (a, b) in (("forward", (x, w.T)), ("weightGradient", (dz.T, x)), ("inputGradient", (dz, w))):
            c = np.empty((a.shape[0], b.shape[1]), dtype)
            flops = 2.0 * i * o * bt
            reps = max(1, int(2e7 / flops))
            best = []
            for _ in range(7):
                t = time.perf_counter()
                for _ in range(reps):
                    np.matmul(a, b, out=c)
                best.append((time.perf_counter() - t) / reps)
            best.sort(); t = best[len(best) // 2]
            print(f"numpy {name} {layer} {product} {t * 1e6:.3f} us {flops / t / 1e9:.2f} GFLOP/s")
