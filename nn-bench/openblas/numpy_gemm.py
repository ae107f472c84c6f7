"""numpy on OpenBlasBenchmark's shapes: GFLOP/s of z = x.W^T, dW = dz^T.x, dx = dz.W.
Threads come from OPENBLAS_NUM_THREADS, e.g. OPENBLAS_NUM_THREADS=1 python3 numpy_gemm.py"""
import os, time, numpy as np
SHAPES = ["2x2b1", "32x32b32", "784x256b128", "256x128b128", "128x10b128", "1024x1024b256", "1024x10b256"]
rng = np.random.default_rng(1)
for dtype in (np.float64, np.float32):
    for shape in SHAPES:
        io, b = shape.split("b"); i, o = map(int, io.split("x")); b = int(b)
        x, w, dz = (rng.standard_normal(s).astype(dtype) for s in ((b, i), (o, i), (b, o)))
        z, dw, dx = np.empty((b, o), dtype), np.empty((o, i), dtype), np.empty((b, i), dtype)
        for name, f in (("forward", lambda: np.matmul(x, w.T, out=z)),
                        ("weightGradient", lambda: np.matmul(dz.T, x, out=dw)),
                        ("inputGradient", lambda: np.matmul(dz, w, out=dx))):
            n = 1
            while True:  # calibrate to ~0.2 s, then take the best of 5 such runs
                t = time.perf_counter(); [f() for _ in range(n)]; t = time.perf_counter() - t
                if t > 0.2: break
                n *= 2
            runs = []
            for _ in range(5):
                t = time.perf_counter(); [f() for _ in range(n)]; runs.append(time.perf_counter() - t)
            best = min(runs) / n
            print(f"numpy {np.dtype(dtype).name} {shape} {name} threads={os.environ.get('OPENBLAS_NUM_THREADS')} "
                  f"{best * 1e9:.1f} ns {2 * b * i * o / best / 1e9:.2f} GFLOP/s")
