-- wrk script for member search: rotates realistic queries over three associations and prints
-- p50/p95/p99 latency in ms (wrk's --latency has no p95).
local paths = {
  "/api/associations/solna/members?q=%C3%B6berg",
  "/api/associations/solna/members?q=100025",
  "/api/associations/solna/members?status=active&tag=studier",
  "/api/associations/sundbyberg/members?postalArea=176&page=3",
  "/api/associations/sundbyberg/members?q=anna&status=new",
  "/api/associations/skarholmen/members",
}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[i % #paths + 1])
end

done = function(summary, latency, requests)
  io.write(string.format("requests %d, errors %d\n", summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
  for _, p in ipairs({50, 95, 99}) do
    io.write(string.format("p%d %.2f ms\n", p, latency:percentile(p) / 1000))
  end
end
