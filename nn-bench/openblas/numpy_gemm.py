"""numpy on OpenBlasBenchmark's shapes: z = x.W^T, dW = dz^T.x, dx = dz.W, timed like
OpenBlasTimer (fastest and median of ~200 us samples after a warm-up), GFLOP/s from the fastest.
Threads come from OPENBLAS_NUM_THREADS:  OPENBLAS_NUM_THREADS=1 python3 numpy_gemm.py"""
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
            reps, start = 1, time.perf_counter()
            while time.perf_counter() - start < 0.3:  # warm up, growing a sample to ~200 us
                t = time.perf_counter()
                for _ in range(reps): f()
                if time.perf_counter() - t < 2e-4: reps *= 2
            samples, start = [], time.perf_counter()
            while len(samples) < 10 or time.perf_counter() - start < 0.7:
                t = time.perf_counter()
                for _ in range(reps): f()
                samples.append((time.perf_counter() - t) / reps)
            samples.sort(); best, median = samples[0], samples[len(samples) // 2]
            print(f"numpy-{np.dtype(dtype).name} {shape} {name} threads={os.environ.get('OPENBLAS_NUM_THREADS')} "
                  f"min {best * 1e9:.1f} ns median {median * 1e9:.1f} ns GFLOP/s(min) {2 * b * i * o / best / 1e9:.2f}")
