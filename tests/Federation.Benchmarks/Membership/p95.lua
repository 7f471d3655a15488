-- wrk script: prints p50/p95/p99 latency in ms (wrk's --latency stops at 99 and lacks 95).
done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d\n", summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({50, 95, 99}) do
    io.write(string.format("p%d %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
